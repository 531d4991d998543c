package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.QueryParams;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * The staff list's filters, each optional: {@code q} matches part of the name or the start of the code;
 * {@code county} narrows prefecture staff's list to one county.
 * Blank values count as absent.
 */
record BusinessFilter(
        @Pattern(regexp = "PENDING|VERIFIED|REJECTED", message = "取值须为 PENDING、VERIFIED 或 REJECTED") String status,
        String township,
        String kind,
        String industry,
        String tag,
        @Size(max = 50, message = "不能超过50字") String q,
        @Pattern(regexp = "\\d{6}", message = "须为6位行政区划代码") String county) {

    BusinessFilter {
        status = QueryParams.orNull(status);
        township = QueryParams.orNull(township);
        kind = QueryParams.orNull(kind);
        industry = QueryParams.orNull(industry);
        tag = QueryParams.orNull(tag);
        q = QueryParams.orNull(q);
        county = QueryParams.orNull(county);
    }

    /** {@code q} ready for LIKE: upper-cased (codes are stored so) with the LIKE wildcards escaped. */
    String searchText() {
        return q == null ? null : q.toUpperCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
