package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.QueryParams;

/** {@code GET /admin/job-seekers?situation=&township=&county=}; each absent filter means any. */
record JobSeekerFilter(JobSeekerSituation situation, String township, String county) {

    JobSeekerFilter {
        township = QueryParams.orNull(township);
        county = QueryParams.orNull(county);
    }
}
