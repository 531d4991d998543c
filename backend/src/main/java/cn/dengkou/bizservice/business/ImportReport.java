package cn.dengkou.bizservice.business;

import java.util.List;

/**
 * What a registry import did: new and changed registry entries, pending claims it verified, how many
 * rows were refused, and the first {@link #MAX_LISTED} of them with their row number in the file (the
 * header row included) and the reason in Chinese: a file of 100,000 bad rows should not answer with
 * 100,000 reasons.
 */
record ImportReport(int created, int updated, int verified, int rejectedTotal, List<Rejected> rejected) {

    static final int MAX_LISTED = 500;

    static ImportReport of(int created, int updated, int verified, List<Rejected> rejected) {
        return new ImportReport(created, updated, verified, rejected.size(),
                List.copyOf(rejected.size() <= MAX_LISTED ? rejected : rejected.subList(0, MAX_LISTED)));
    }

    record Rejected(int row, String reason) {
    }
}
