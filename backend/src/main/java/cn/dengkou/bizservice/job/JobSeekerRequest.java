package cn.dengkou.bizservice.job;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code PUT /me/job-seeker}: the profile, created or replaced.
 *
 * @param alerts true or absent: subscribe to job alerts with these preferences unless the user set their own;
 *               false: drop the alerts that follow the profile
 */
record JobSeekerRequest(@Schema(nullable = true, description = "区县（旗）代码；多区县部署且未绑定经营主体时必填") String county,
                        @NotNull(message = "不能为空") JobSeekerSituation situation,
                        @Valid JobPreferences preferences,
                        @Schema(nullable = true, description = "是否按求职意向订阅岗位提醒，默认是") Boolean alerts) {

    JobSeekerRequest {
        preferences = preferences == null ? JobPreferences.ANY : preferences;
    }
}
