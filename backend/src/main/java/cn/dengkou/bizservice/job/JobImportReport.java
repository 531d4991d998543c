package cn.dengkou.bizservice.job;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * What an import did: jobs created and updated, open jobs of the source closed by a full re-import ({@code closed}),
 * and the refused rows — the first {@link #MAX_LISTED} with their row number (CSV/XLSX: row in the file, header
 * included; JSON: position in the array) and the reason in Chinese.
 */
@Schema(name = "JobImportReport")
record JobImportReport(long runId, int created, int updated, int closed, int rejectedTotal, List<Rejected> rejected) {

    static final int MAX_LISTED = 500;

    @Schema(name = "JobImportRejected")
    record Rejected(int row, String reason) {
    }

    static JobImportReport of(long runId, int created, int updated, int closed, Map<Integer, String> rejected) {
        List<Rejected> listed = rejected.entrySet().stream().limit(MAX_LISTED)
                .map(e -> new Rejected(e.getKey(), e.getValue())).toList();
        return new JobImportReport(runId, created, updated, closed, rejected.size(), listed);
    }
}
