package cn.dengkou.bizservice.job;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;

/**
 * A user's job-alert subscription.
 *
 * @param followsProfile true while the lists are the seeker profile's (they change with it)
 */
record JobAlertView(String county, String countyName, JobPreferences preferences,
                    @Schema(description = "是否跟随求职意向（修改求职意向时一并更新）") boolean followsProfile,
                    LocalDateTime createdAt, LocalDateTime updatedAt) {
}
