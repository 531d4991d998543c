package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Notice requests, and owners with businesses written straight to the shared database. */
final class NoticeTestKit {

    static final String ADMIN = "/api/v1/admin/notices";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Api api;
    private final JdbcTemplate jdbc;

    NoticeTestKit(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A business tag only this test uses (tags are free text in business_tag; audiences check the dictionary). */
    static String uniqueTag() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** A valid request body; change what a test needs. */
    static Map<String, Object> notice(String title, List<String> departments, Map<String, Object> audience) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("summary", "摘要：" + title);
        m.put("body", "<p>" + title + "的正文，<strong>申报时间</strong>见附件。</p>");
        m.put("category", "FISCAL_TAX");
        m.put("departments", departments);
        m.put("audience", audience);
        m.put("validFrom", null);
        m.put("validTo", null);
        m.put("attachments", List.of());
        return m;
    }

    static Map<String, Object> notice(String title) {
        return notice(title, List.of("TAX"), Map.of());
    }

    long create(String token, Map<String, Object> body) {
        Api.Response r = api.post(ADMIN, token, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("DRAFT");
        return r.json().get("id").asLong();
    }

    Api.Response action(String token, long id, String action, Object body) {
        return api.post(ADMIN + "/" + id + "/" + action, token, body);
    }

    long userId(String token) {
        return api.get("/api/v1/me", token).json().get("id").asLong();
    }

    /**
     * {@code n} WeChat users with VERIFIED businesses of this kind, industry and township, each tagged
     * with {@code tag} (so an audience with {@code tags:[tag]} reaches exactly them). Returns their user ids.
     */
    List<Long> owners(String tag, int n, String kind, String industry, String township) {
        return owners(tag, n, kind, industry, township, null, null, "VERIFIED");
    }

    List<Long> owners(String tag, int n, String kind, String industry, String township, LocalDate registeredOn,
                      String taxpayerType, String status) {
        String batch = "nt" + SEQ.incrementAndGet() + "-";
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new Object[] {WechatSimulator.openidFor(batch + i + "-" + UUID.randomUUID()), now, now});
        }
        jdbc.batchUpdate("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, ?, ?)", users);
        List<Long> ids = new ArrayList<>();
        List<Object[]> businesses = new ArrayList<>();
        for (Object[] u : users) {
            long id = jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, u[0]);
            ids.add(id);
            String uscc = String.format("NT%016d", SEQ.incrementAndGet());
            businesses.add(new Object[] {uscc, "公告测试商户" + id, kind, industry, township, registeredOn, taxpayerType,
                    status, id, now, now});
        }
        jdbc.batchUpdate("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, registered_on, "
                + "taxpayer_type, status, owner_user_id, created_at, updated_at) VALUES ('150822', ?, ?, '李四', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                businesses);
        if (tag != null) {
            jdbc.batchUpdate("INSERT INTO business_tag (business_id, tag) SELECT id, ? FROM business WHERE owner_user_id = ?",
                    ids.stream().map(id -> new Object[] {tag, id}).toList());
        }
        return ids;
    }

    /** Gives the owner behind {@code token} a business with this profile (written straight to the database). */
    long bind(String token, String kind, String industry, String township, LocalDate registeredOn,
              String taxpayerType, String status, String... tags) {
        long userId = userId(token);
        LocalDateTime now = LocalDateTime.now();
        String uscc = String.format("NB%016d", SEQ.incrementAndGet());
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, registered_on, "
                        + "taxpayer_type, status, owner_user_id, created_at, updated_at) VALUES ('150822', ?, ?, '王五', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uscc, "排序测试商户" + userId, kind, industry, township, registeredOn, taxpayerType, status, userId, now, now);
        long businessId = jdbc.queryForObject("SELECT id FROM business WHERE uscc = ?", Long.class, uscc);
        for (String tag : tags) {
            jdbc.update("INSERT INTO business_tag (business_id, tag) VALUES (?, ?)", businessId, tag);
        }
        return userId;
    }

    /** Creates and publishes (without push) a notice; returns its id. */
    long published(String token, Map<String, Object> body) {
        long id = create(token, body);
        Api.Response r = action(token, id, "publish", Map.of("push", false));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    /** Registers a tag in the business-tags dictionary so audiences may name it. */
    void dictionaryTag(String tag, Runnable refresh) {
        jdbc.update("INSERT INTO dictionary_item (dict_name, code, name, sort_order) VALUES ('business-tags', ?, ?, 99)",
                tag, "测试标签" + tag);
        refresh.run();
    }

    Map<String, Object> noticeRow(long id) {
        return jdbc.queryForMap("SELECT * FROM notice WHERE id = ?", id);
    }
}
