package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours, scheduled tasks, cancel and the admin endpoints, with the clock instead of sleeps. */
@IntegrationTest
class PushScheduleTest {

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    SendThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    final WechatSimulator sim = WechatSimulator.shared();
    PushFixtures fx;
    int rate;

    @BeforeEach
    void setUp() {
        fx = new PushFixtures(jdbc);
        dispatcher.setPolling(false);
        sim.reset();
        rate = throttle.ratePerSecond();
        throttle.setRatePerSecond(0);
        throttle.clearHalt();
    }

    @AfterEach
    void tearDown() {
        sim.reset();
        throttle.setRatePerSecond(rate);
        clock.reset();
        dispatcher.setPolling(true);
    }

    @Test
    void quietHoursHoldNonUrgentSendsUntilMorningButNotTheInbox() {
        at("2026-11-26T22:00:00+08:00");
        List<PushFixtures.Owner> owners = owners(2);
        PushTaskView t = create(owners);
        assertThat(t.counts().get("HELD")).isEqualTo(2);
        assertThat(fx.inboxCount(t.id())).isEqualTo(2);

        dispatcher.drain();
        at("2026-11-27T07:59:00+08:00");
        dispatcher.drain();
        assertThat(sent(owners)).isZero();

        at("2026-11-27T08:00:01+08:00");
        dispatcher.drain();
        assertThat(sent(owners)).isEqualTo(2);
        assertThat(pushTasks.view(t.id()).status()).isEqualTo("DONE");
    }

    @Test
    void rowsQueuedBeforeQuietHoursWaitTooWhileUrgentOnesGoOut() {
        at("2026-11-26T20:59:00+08:00");
        List<PushFixtures.Owner> normal = owners(2);
        List<PushFixtures.Owner> urgent = owners(2);
        PushTaskView n = create(normal);
        assertThat(n.counts().get("QUEUED")).isEqualTo(2);

        at("2026-11-26T21:30:00+08:00");
        PushTaskView u = pushTasks.create(PushFixtures.notice("紧急通知",
                Recipients.users(urgent.stream().map(PushFixtures.Owner::userId).toList())).urgent(true));
        dispatcher.drain();
        assertThat(sent(normal)).isZero();
        assertThat(sent(urgent)).isEqualTo(2);
        assertThat(pushTasks.view(u.id()).status()).isEqualTo("DONE");

        at("2026-11-27T08:00:00+08:00");
        dispatcher.drain();
        assertThat(sent(normal)).isEqualTo(2);
    }

    @Test
    void aScheduledTaskWritesNothingUntilItsTime() {
        at("2026-11-26T10:00:00+08:00");
        List<PushFixtures.Owner> owners = owners(2);
        PushTaskView t = pushTasks.create(request(owners).scheduledAt(LocalDateTime.of(2026, 11, 26, 12, 0)));
        assertThat(t.status()).isEqualTo("PENDING");
        dispatcher.drain();
        at("2026-11-26T11:59:59+08:00");
        dispatcher.drain();
        assertThat(fx.inboxCount(t.id())).isZero();
        assertThat(pushTasks.view(t.id()).status()).isEqualTo("PENDING");

        at("2026-11-26T12:00:00+08:00");
        dispatcher.drain();
        PushTaskView v = pushTasks.view(t.id());
        assertThat(fx.inboxCount(t.id())).isEqualTo(2);
        assertThat(v.status()).isEqualTo("DONE");
        assertThat(v.sent()).isEqualTo(2);
    }

    @Test
    void cancelStopsWhatHasNotGoneOut() {
        at("2026-11-26T22:00:00+08:00");
        List<PushFixtures.Owner> owners = owners(3);
        PushTaskView t = create(owners);

        Api.Response r = api.post("/api/v1/admin/push-tasks/" + t.id() + "/cancel", users.adminToken(), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(r.json().get("cancelled").asLong()).isEqualTo(3);

        at("2026-11-27T09:00:00+08:00");
        dispatcher.drain();
        assertThat(sent(owners)).isZero();
        owners.forEach(o -> assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).isEqualTo(1));
        // cancelling again changes nothing
        assertThat(pushTasks.cancel(t.id()).status()).isEqualTo("CANCELLED");
    }

    @Test
    void cancelGivesBackTheQuotaOfARowWaitingToRetry() {
        at("2026-11-26T10:00:00+08:00");
        List<PushFixtures.Owner> owners = owners(1);
        sim.failNextSendTo(owners.get(0).openid(), -1, 2); // WechatClient retries -1 once: both fail
        PushTaskView t = create(owners);
        dispatcher.drain();
        assertThat(fx.outbox(t.id()).values()).containsOnly("QUEUED");
        assertThat(fx.quota(owners.get(0).userId(), NOTICE_TEMPLATE)).isZero(); // reserved for the retry

        pushTasks.cancel(t.id());
        assertThat(fx.outbox(t.id()).values()).containsOnly("CANCELLED");
        assertThat(fx.quota(owners.get(0).userId(), NOTICE_TEMPLATE)).isEqualTo(1);
    }

    @Test
    void aCancelledScheduledTaskNeverStarts() {
        at("2026-11-26T10:00:00+08:00");
        List<PushFixtures.Owner> owners = owners(1);
        PushTaskView t = pushTasks.create(request(owners).scheduledAt(LocalDateTime.of(2026, 11, 26, 11, 0)));
        pushTasks.cancel(t.id());
        at("2026-11-26T11:00:01+08:00");
        dispatcher.drain();
        assertThat(pushTasks.view(t.id()).status()).isEqualTo("CANCELLED");
        assertThat(fx.inboxCount(t.id())).isZero();
    }

    @Test
    void staffWhoManageTheSourceSeeProgressOthersDoNot() {
        at("2026-11-26T10:00:00+08:00");
        List<PushFixtures.Owner> owners = owners(2);
        long id = create(owners).id();
        dispatcher.drain();
        String path = "/api/v1/admin/push-tasks/" + id;

        assertThat(api.get(path, null).status()).isEqualTo(401);
        String owner = users.newOwnerToken();
        assertThat(api.get(path, owner).status()).isEqualTo(403);
        assertThat(api.post(path + "/cancel", owner, null).status()).isEqualTo(403);
        assertThat(api.post(path + "/cancel", null, null).status()).isEqualTo(401);

        // a task whose source type no feature guards is ADMIN's alone (a notice's: notice.NoticePushTaskAccessTest)
        for (Role role : List.of(Role.HR, Role.ASSOCIATION, Role.DEPARTMENT)) {
            String staff = users.staffToken(role);
            assertThat(api.get(path, staff).status()).isEqualTo(403);
            assertThat(api.post(path + "/cancel", staff, null).status()).isEqualTo(403);
        }

        Api.Response r = api.get(path, users.adminToken());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asLong()).isEqualTo(id);
        assertThat(r.json().get("status").asText()).isEqualTo("DONE");
        assertThat(r.json().get("total").asLong()).isEqualTo(2);
        assertThat(r.json().get("sent").asLong()).isEqualTo(2);
        assertThat(r.json().get("failed").asLong()).isZero();
        assertThat(r.json().get("noQuota").asLong()).isZero();
        assertThat(r.json().get("counts").get("SENT").asLong()).isEqualTo(2);
        assertThat(r.json().get("topErrcodes").isArray()).isTrue();

        assertThat(api.get("/api/v1/admin/push-tasks/999999999", users.adminToken()).status()).isEqualTo(404);
    }

    private PushTaskView create(List<PushFixtures.Owner> owners) {
        return pushTasks.create(request(owners));
    }

    private PushRequest request(List<PushFixtures.Owner> owners) {
        return PushFixtures.notice("通知", Recipients.users(owners.stream().map(PushFixtures.Owner::userId).toList()));
    }

    private List<PushFixtures.Owner> owners(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            PushFixtures.Owner o = fx.owner(null);
            fx.quota(o.userId(), NOTICE_TEMPLATE, 1);
            return o;
        }).toList();
    }

    private int sent(List<PushFixtures.Owner> owners) {
        return owners.stream().mapToInt(o -> sim.sendCount(o.openid(), NOTICE_TEMPLATE)).sum();
    }

    private void at(String time) {
        clock.setInstant(OffsetDateTime.parse(time).toInstant());
    }
}
