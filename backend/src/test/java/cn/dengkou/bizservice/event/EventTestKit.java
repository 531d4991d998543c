package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Events, owners with verified businesses and their tokens, written for the event tests. */
final class EventTestKit {

    static final String ADMIN_EVENTS = "/api/v1/admin/events";
    static final String EVENTS = "/api/v1/events";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Api api;
    private final JdbcTemplate jdbc;
    private final SessionTokens sessions;

    EventTestKit(Api api, JdbcTemplate jdbc, SessionTokens sessions) {
        this.api = api;
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    record Owner(long userId, String token) {
    }

    /** A WeChat owner with a VERIFIED business (individual, industry F) in the township, and a live token. */
    Owner owner(String township) {
        return owner(township, "VERIFIED");
    }

    Owner owner(String township, String businessStatus) {
        return owner("150822", township, businessStatus);
    }

    Owner owner(String county, String township, String businessStatus) {
        long userId = user();
        long n = SEQ.incrementAndGet();
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id, "
                        + "created_at, updated_at) VALUES (?, ?, ?, '王五', 'INDIVIDUAL', 'F', ?, ?, ?, ?, ?)",
                county, String.format("EV%016d", n), "活动测试商户" + n, township, businessStatus, userId, now, now);
        return new Owner(userId, token(userId));
    }

    /** {@code n} owners with VERIFIED businesses in the township, without tokens (an audience to push to). */
    void seedOwners(int n, String township) {
        for (int i = 0; i < n; i++) {
            long userId = user();
            long k = SEQ.incrementAndGet();
            LocalDateTime now = LocalDateTime.now();
            jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, "
                    + "owner_user_id, created_at, updated_at) VALUES ('150822', ?, ?, '王五', 'INDIVIDUAL', 'F', ?, 'VERIFIED', ?, ?, ?)",
                    String.format("EV%016d", k), "活动测试商户" + k, township, userId, now, now);
        }
    }

    /** A WeChat owner with no business. */
    Owner unboundOwner() {
        long userId = user();
        return new Owner(userId, token(userId));
    }

    private long user() {
        String openid = WechatSimulator.openidFor("event-" + UUID.randomUUID());
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, ?, ?)",
                openid, now, now);
        return jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
    }

    private String token(long userId) {
        return sessions.issue(new AuthUser(userId, Set.of(Role.OWNER), null), Duration.ofHours(2));
    }

    static String at(LocalDateTime t) {
        return t.atOffset(ZoneOffset.ofHours(8)).toString();
    }

    /** A valid event body: a training in 渡口镇 for {@code capacity} seats, starting in two days. */
    static Map<String, Object> body(String title, Integer capacity, LocalDateTime now) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("kind", "TRAINING");
        b.put("organiser", null);
        b.put("description", "<p>个体工商户<b>培训</b></p><script>alert(1)</script>");
        b.put("startAt", at(now.plusDays(2)));
        b.put("endAt", at(now.plusDays(2).plusHours(3)));
        b.put("location", new HashMap<>(Map.of("address", "渡口镇政府三楼会议室", "township", "DK",
                "latitude", 40.33, "longitude", 107.02)));
        b.put("capacity", capacity);
        b.put("registrationDeadline", at(now.plusDays(1)));
        return b;
    }

    long create(String staffToken, Map<String, Object> body) {
        Api.Response r = api.post(ADMIN_EVENTS, staffToken, body);
        if (r.status() != 201) {
            throw new AssertionError("event creation failed: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asLong();
    }

    long published(String staffToken, Map<String, Object> body) {
        long id = create(staffToken, body);
        Api.Response r = api.post(ADMIN_EVENTS + "/" + id + "/publish", staffToken, null);
        if (r.status() != 200) {
            throw new AssertionError("publish failed: " + r.status() + " " + r.body());
        }
        return id;
    }

    Api.Response register(long eventId, String ownerToken) {
        return api.post(EVENTS + "/" + eventId + "/registrations", ownerToken, null);
    }

    static Map<String, Object> audience(String... townships) {
        return Map.of("townships", List.of(townships));
    }

    static OffsetDateTime parse(String iso) {
        return OffsetDateTime.parse(iso);
    }
}
