package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Owners, businesses and quota written straight to the shared database, each test with its own tag. */
final class PushFixtures {

    static final String NOTICE_TEMPLATE = "tpl-notice";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcTemplate jdbc;

    PushFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A tag no other test uses: audiences filtered by it reach only this test's owners. */
    /** A source type no feature guards, so these tasks never mix with a real notice's (ADMIN manages them). */
    static final String SOURCE = "TEST_SOURCE";

    static String uniqueTag() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    record Owner(long userId, String openid) {
    }

    /** A WeChat user whose openid the simulator accepts, with a VERIFIED business. */
    Owner owner(String tag, String kind, String industry, String township) {
        return owner(tag, kind, industry, township, "VERIFIED");
    }

    Owner owner(String tag, String kind, String industry, String township, String status) {
        long n = SEQ.incrementAndGet();
        String openid = WechatSimulator.openidFor("push-" + UUID.randomUUID());
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, ?, ?)",
                openid, now, now);
        long userId = jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
        String uscc = String.format("PT%016d", n);
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id, "
                        + "created_at, updated_at) VALUES ('150822', ?, ?, '张三', ?, ?, ?, ?, ?, ?, ?)",
                uscc, "测试商户" + n, kind, industry, township, status, userId, now, now);
        long businessId = jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, uscc);
        if (tag != null) {
            jdbc.update("INSERT INTO business_tag (business_id, tag) VALUES (?, ?)", businessId, tag);
        }
        return new Owner(userId, openid);
    }

    Owner owner(String tag) {
        return owner(tag, "INDIVIDUAL", "F", "DK");
    }

    void quota(long userId, String templateId, int quota) {
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "VALUES (?, ?, ?, 'accept', NOW(3)) ON DUPLICATE KEY UPDATE quota = VALUES(quota)", userId, templateId, quota);
    }

    int quota(long userId, String templateId) {
        List<Integer> q = jdbc.queryForList("SELECT quota FROM subscription_quota WHERE user_id = ? AND template_id = ?",
                Integer.class, userId, templateId);
        return q.isEmpty() ? 0 : q.get(0);
    }

    /** user id → outbox status of one task. */
    Map<Long, String> outbox(long taskId) {
        Map<Long, String> m = new java.util.HashMap<>();
        jdbc.query("SELECT user_id, status FROM push_outbox WHERE task_id = ?",
                rs -> {
                    m.put(rs.getLong(1), rs.getString(2));
                }, taskId);
        return m;
    }

    void profile(long userId, java.time.LocalDate registeredOn, String taxpayerType) {
        jdbc.update("UPDATE business SET registered_on = ?, taxpayer_type = ? WHERE owner_user_id = ?",
                registeredOn, taxpayerType, userId);
    }

    List<Long> inboxUsers(long taskId) {
        return jdbc.queryForList("SELECT user_id FROM inbox_message WHERE task_id = ? ORDER BY user_id", Long.class, taskId);
    }

    int inboxCount(long taskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE task_id = ?", Integer.class, taskId);
    }

    static PushRequest notice(String title, Recipients audience) {
        return PushRequest.of("notice", SOURCE, 1L, title, "摘要：" + title, "/pages/notice/detail?id=1",
                Map.of("thing1", title, "time2", "2026年11月26日 09:00"), audience);
    }
}
