package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static cn.dengkou.bizservice.event.EventTestKit.EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.at;
import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegistrationTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens sessions;
    @Autowired
    MutableClock clock;

    EventTestKit kit;
    String association;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        association = users.staffToken(Role.ASSOCIATION);
        now = LocalDateTime.now(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void seatsThenWaitlistThenAlreadyRegistered() {
        long id = kit.published(association, body("一个名额", 1, now));
        EventTestKit.Owner a = kit.owner("DK");
        EventTestKit.Owner b = kit.owner("DK");

        Api.Response first = kit.register(id, a.token());
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(first.json().get("checkInCode").asText()).matches("\\d+-[0-9A-Z]{10}");
        Api.Response again = kit.register(id, a.token());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_REGISTERED");

        Api.Response second = kit.register(id, b.token());
        assertThat(second.json().get("status").asText()).isEqualTo("WAITLISTED");
        assertThat(second.json().get("checkInCode").isNull()).isTrue();
        assertThat(second.json().get("waitlistPosition").asInt()).isEqualTo(1);

        Api.Response detail = api.get(EVENTS + "/" + id, a.token());
        assertThat(detail.json().get("event").get("remaining").asInt()).isZero();
        assertThat(detail.json().get("myRegistration").get("status").asText()).isEqualTo("CONFIRMED");
        Api.Response mine = api.get("/api/v1/me/registrations", a.token());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("items").get(0).get("registration").get("checkInCode").asText())
                .isEqualTo(first.json().get("checkInCode").asText());
        assertThat(mine.json().get("items").get(0).get("eventTitle").asText()).isEqualTo("一个名额");
    }

    @Test
    void cancellingPromotesTheFirstWaitlistedWhoIsToldThroughThePushEngine() {
        long id = kit.published(association, body("转正", 1, now));
        EventTestKit.Owner a = kit.owner("DK");
        EventTestKit.Owner b = kit.owner("DK");
        EventTestKit.Owner c = kit.owner("DK");
        kit.register(id, a.token());
        kit.register(id, b.token());
        kit.register(id, c.token());

        assertThat(api.delete(EVENTS + "/" + id + "/registrations/me", a.token()).status()).isEqualTo(204);
        assertThat(statusOf(id, b)).isEqualTo("CONFIRMED");
        assertThat(statusOf(id, c)).isEqualTo("WAITLISTED");
        assertThat(api.get(EVENTS + "/" + id, c.token()).json().get("myRegistration").get("waitlistPosition").asInt()).isEqualTo(1);
        Api.Response inbox = api.get("/api/v1/me/messages", b.token());
        assertThat(inbox.body()).contains("候补报名已转为正式报名");
        assertThat(api.get("/api/v1/me/messages", c.token()).body()).doesNotContain("候补报名已转为正式报名");

        Api.Response twice = api.delete(EVENTS + "/" + id + "/registrations/me", a.token());
        assertThat(twice.status()).isEqualTo(404);
        assertThat(twice.code()).isEqualTo("REGISTRATION_NOT_FOUND");
        Api.Response back = kit.register(id, a.token());
        assertThat(back.json().get("status").asText()).as("a cancelled person may register again, at the end").isEqualTo("WAITLISTED");
        assertThat(back.json().get("waitlistPosition").asInt()).isEqualTo(2);
        assertThat(seatsTaken(id)).isEqualTo(1);
    }

    @Test
    void twoCancelsRacingPromoteExactlyTwoPeople() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = kit.published(association, body("竞态" + round, 2, now));
            List<EventTestKit.Owner> o = List.of(kit.owner("DK"), kit.owner("DK"), kit.owner("DK"), kit.owner("DK"),
                    kit.owner("DK"));
            o.forEach(x -> kit.register(id, x.token()));
            CyclicBarrier start = new CyclicBarrier(2);
            var first = CompletableFuture.supplyAsync(() -> cancelAt(start, id, o.get(0)));
            var second = CompletableFuture.supplyAsync(() -> cancelAt(start, id, o.get(1)));
            assertThat(List.of(first.get(), second.get())).containsExactly(204, 204);
            assertThat(statusOf(id, o.get(2))).isEqualTo("CONFIRMED");
            assertThat(statusOf(id, o.get(3))).isEqualTo("CONFIRMED");
            assertThat(statusOf(id, o.get(4))).isEqualTo("WAITLISTED");
            assertThat(seatsTaken(id)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE ref_type = 'EVENT' AND ref_id = ? "
                    + "AND title = '候补报名已转为正式报名'", Integer.class, id)).isEqualTo(2);
        }
    }

    @Test
    void moreSeatsMoveTheWaitlistUpAndFewerThanTakenAreRefused() {
        Map<String, Object> b = body("扩容", 1, now);
        long id = kit.published(association, b);
        EventTestKit.Owner a = kit.owner("DK");
        EventTestKit.Owner w = kit.owner("DK");
        kit.register(id, a.token());
        kit.register(id, w.token());
        b.put("capacity", 2);
        assertThat(api.put(EventTestKit.ADMIN_EVENTS + "/" + id, association, b).status()).isEqualTo(200);
        assertThat(statusOf(id, w)).isEqualTo("CONFIRMED");
        assertThat(api.get("/api/v1/me/messages", w.token()).body()).contains("候补报名已转为正式报名");
        b.put("capacity", 1);
        Api.Response fewer = api.put(EventTestKit.ADMIN_EVENTS + "/" + id, association, b);
        assertThat(fewer.status()).isEqualTo(400);
        assertThat(fewer.body()).contains("capacity");
    }

    @Test
    void theRegistrationWindowAndCancellationCloseRegistration() {
        Map<String, Object> b = body("窗口", 10, now);
        b.put("registrationOpensAt", at(now.plusHours(2)));
        b.put("registrationDeadline", at(now.plusHours(20)));
        long id = kit.published(association, b);
        EventTestKit.Owner a = kit.owner("DK");
        Api.Response early = kit.register(id, a.token());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("REGISTRATION_CLOSED");
        assertThat(early.json().get("detail").asText()).contains("尚未开始");

        clock.advance(Duration.ofHours(3));
        assertThat(kit.register(id, a.token()).status()).isEqualTo(201);
        clock.advance(Duration.ofHours(18));
        Api.Response late = kit.register(id, kit.owner("DK").token());
        assertThat(late.code()).isEqualTo("REGISTRATION_CLOSED");
        assertThat(late.json().get("detail").asText()).contains("截止");
        clock.reset();

        long cancelled = kit.published(association, body("取消了", 10, now));
        api.post(EventTestKit.ADMIN_EVENTS + "/" + cancelled + "/cancel", association, null);
        Api.Response r = kit.register(cancelled, kit.owner("DK").token());
        assertThat(r.code()).isEqualTo("REGISTRATION_CLOSED");
    }

    @Test
    void onlyTheAudienceMayRegister() {
        Map<String, Object> b = body("仅渡口镇", 10, now);
        b.put("audience", EventTestKit.audience("DK"));
        long id = kit.published(association, b);
        Api.Response outside = kit.register(id, kit.owner("BYGL").token());
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.code()).isEqualTo("EVENT_AUDIENCE_FORBIDDEN");
        assertThat(kit.register(id, kit.unboundOwner().token()).code()).isEqualTo("EVENT_AUDIENCE_FORBIDDEN");
        assertThat(kit.register(id, kit.owner("DK", "PENDING").token()).code()).isEqualTo("EVENT_AUDIENCE_FORBIDDEN");
        assertThat(kit.register(id, kit.owner("DK").token()).status()).isEqualTo(201);
        assertThat(kit.register(id, association).status()).as("staff do not register").isEqualTo(403);
        assertThat(kit.register(id, null).status()).isEqualTo(401);
        assertThat(kit.register(999_999_999L, kit.owner("DK").token()).code()).isEqualTo("EVENT_NOT_FOUND");
    }

    @Test
    void anEventOpenToEveryoneTakesANameAndPhoneFromOwnersWithoutABusiness() {
        Map<String, Object> b = body("招聘会", 100, now);
        b.put("kind", "JOB_FAIR");
        b.put("openToUnbound", true);
        long id = kit.published(association, b);
        String token = kit.unboundOwner().token();
        Api.Response missing = kit.register(id, token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("name").contains("phone");
        Api.Response badPhone = api.post(EVENTS + "/" + id + "/registrations", token, Map.of("name", "李四", "phone", "12345"));
        assertThat(badPhone.status()).isEqualTo(400);
        Api.Response ok = api.post(EVENTS + "/" + id + "/registrations", token, Map.of("name", "李四", "phone", "13800001234"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("status").asText()).isEqualTo("CONFIRMED");
    }

    private int cancelAt(CyclicBarrier start, long id, EventTestKit.Owner o) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return api.delete(EVENTS + "/" + id + "/registrations/me", o.token()).status();
    }

    private String statusOf(long id, EventTestKit.Owner o) {
        return api.get(EVENTS + "/" + id, o.token()).json().get("myRegistration").get("status").asText();
    }

    private int seatsTaken(long id) {
        return jdbc.queryForObject("SELECT confirmed FROM event WHERE id = ?", Integer.class, id);
    }
}
