package cn.dengkou.bizservice.job;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

/**
 * {@code PUT /me/job-alert}: the user's own alert lists (no longer following a seeker profile).
 *
 * @param county the county whose new jobs to hear of; null = the bound business's, or the only served county
 */
record JobAlertRequest(@Schema(nullable = true, description = "区县（旗）代码；多区县部署且未绑定经营主体时必填") String county,
                       @Valid JobPreferences preferences) {

    JobAlertRequest {
        preferences = preferences == null ? JobPreferences.ANY : preferences;
    }
}
