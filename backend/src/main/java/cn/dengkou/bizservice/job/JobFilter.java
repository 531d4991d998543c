package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.QueryParams;

/** {@code GET /admin/jobs?status=&township=&source=&q=&county=}: the staff list's filters (all optional). */
record JobFilter(JobStatus status, String township, String source, String q, String county) {

    JobFilter {
        township = QueryParams.orNull(township);
        source = QueryParams.orNull(source);
        q = QueryParams.orNull(q);
        county = QueryParams.orNull(county);
    }
}
