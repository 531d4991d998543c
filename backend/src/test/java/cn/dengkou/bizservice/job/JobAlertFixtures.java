package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.support.SqlSequence;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Subscribers (WeChat users with job-template quota, alerts, maybe a seeker profile) and open jobs, straight in SQL. */
final class JobAlertFixtures {

    static final String JOB_TEMPLATE = "tpl-job";
    static final String[] TOWNSHIPS = {"BYGL", "LSH", "DK"};
    static final String[] INDUSTRIES = {"A", "C", "F"};
    static final String[] TYPES = {"FULL_TIME", "SEASONAL"};

    private final JdbcTemplate jdbc;

    JobAlertFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Subscriber(long userId, String openid) {
    }

    /** A WeChat user (no business) with one send of quota for the job template and alerts with these JSON lists. */
    Subscriber subscriber(String townships, String industries, String types, JobSeekerSituation situation) {
        return subscriber("150822", townships, industries, types, situation);
    }

    Subscriber subscriber(String county, String townships, String industries, String types, JobSeekerSituation situation) {
        String openid = WechatSimulator.openidFor("alert-" + UUID.randomUUID());
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, ?, ?)",
                openid, now, now);
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "VALUES (?, ?, 1, 'accept', ?)", id, JOB_TEMPLATE, now);
        jdbc.update("INSERT INTO job_alert (user_id, county, townships, industries, job_types, origin, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, county, townships, industries, types,
                situation == null ? "OWN" : "PROFILE", now, now);
        if (situation != null) {
            jdbc.update("INSERT INTO job_seeker (user_id, county, situation, townships, industries, job_types, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, county, situation.name(), townships, industries,
                    types, now, now);
        }
        return new Subscriber(id, openid);
    }

    Subscriber subscriber(JobSeekerSituation situation) {
        return subscriber("[]", "[]", "[]", situation);
    }

    /**
     * {@code n} open jobs of 磴口县 with a batch tag in the source, cycling through the townships, industries and types
     * above (job i: township i % 3, industry i % 3 … so every combination occurs), written by one INSERT … SELECT.
     */
    List<Long> openJobs(int n, String batch) {
        return openJobs(n, batch, "150822");
    }

    /** The same in another county (townships as above: a county's own are not checked here). */
    List<Long> openJobs(int n, String batch, String county) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO job (county, title, employer, township, industry, job_type, headcount, contact_phone, "
                + "valid_until, status, source, external_id, created_at, updated_at, published_at) "
                + "SELECT ?, CONCAT('测试岗位', numbers.seq), '测试用人单位', "
                + "ELT(MOD(numbers.seq, 3) + 1, 'BYGL', 'LSH', 'DK'), ELT(MOD(FLOOR(numbers.seq / 3), 3) + 1, 'A', 'C', 'F'), "
                + "ELT(MOD(FLOOR(numbers.seq / 9), 2) + 1, 'FULL_TIME', 'SEASONAL'), 2, '13800000000', ?, 'OPEN', ?, "
                + "CONCAT('x', numbers.seq), ?, ?, ? FROM " + SqlSequence.upTo(n),
                county, LocalDate.now().plusDays(30), batch, now, now, now);
        return jdbc.queryForList("SELECT id FROM job WHERE source = ? AND county = ? ORDER BY id", Long.class, batch, county);
    }

    /** The push task of the batch's digest in 磴口县. */
    Long taskOf(String batchKey) {
        return jdbc.queryForObject("SELECT push_task_id FROM job_alert_digest WHERE county = '150822' AND batch_key = ?",
                Long.class, batchKey);
    }

    /** How many job alert messages the user has in their inbox. */
    int alertMessages(long userId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE user_id = ? AND scene = 'job' "
                + "AND ref_type = 'JOB_ALERT'", Integer.class, userId);
    }
}
