package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.push.AudienceSource;
import org.springframework.stereotype.Component;

/** A digest's recipients ({@code Recipients.of("job-alert-digest", digestId)}); the priority groups are claimed first. */
@Component
class JobAlertAudience implements AudienceSource {

    static final String NAME = "job-alert-digest";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String userIdsSql() {
        return "SELECT r.user_id FROM job_alert_recipient r WHERE r.digest_id = #{sourceRef}";
    }

    @Override
    public String priorityUserIdsSql() {
        return "SELECT r.user_id FROM job_alert_recipient r WHERE r.digest_id = #{sourceRef} AND r.priority = 1";
    }
}
