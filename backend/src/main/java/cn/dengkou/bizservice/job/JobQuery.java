package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.QueryParams;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code GET /jobs?q=&township=&industry=&type=&salaryMin=&days=&county=}: every filter optional.
 *
 * @param salaryMin the salary floor: jobs whose monthly pay reaches it (面议 jobs are left out)
 * @param days      posted in the last N days
 * @param county    a guest's county (several served); a bound owner reads their business's
 */
record JobQuery(String q, String township, String industry, String type,
                @Min(value = 0, message = "月薪下限不能为负数") @Max(value = JobRules.MAX_SALARY, message = "月薪下限过大") Integer salaryMin,
                @Min(value = 1, message = "天数至少为1") @Max(value = 365, message = "天数最多为365") Integer days,
                String county) {

    JobQuery {
        q = QueryParams.orNull(q);
        township = QueryParams.orNull(township);
        industry = QueryParams.orNull(industry);
        type = QueryParams.orNull(type);
        county = QueryParams.orNull(county);
    }
}
