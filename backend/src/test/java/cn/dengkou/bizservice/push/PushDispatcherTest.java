package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher against the simulator, driven round by round with the test clock. */
@IntegrationTest
class PushDispatcherTest {

    static final String SEND = WechatSimulator.SEND;

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

    // for a second dispatcher instance on the same database and Redis
    @Autowired
    PushTaskMapper taskMapper;
    @Autowired
    PushOutboxMapper outboxMapper;
    @Autowired
    OutboxClaims claims;
    @Autowired
    OutboxSettlement settlement;
    @Autowired
    WechatClient wechat;
    @Autowired
    PushProperties props;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    final WechatSimulator sim = WechatSimulator.shared();
    PushFixtures fx;
    DispatcherControl control;

    @BeforeEach
    void setUp() {
        fx = new PushFixtures(jdbc);
        control = new DispatcherControl(dispatcher, throttle, clock);
        control.takeOver();
    }

    @AfterEach
    void tearDown() {
        control.handBack();
    }

    @Test
    void everyoneWithQuotaGetsExactlyOneSendAndTheLedgerIsSpent() {
        List<PushFixtures.Owner> owners = owners(30, 2);
        PushTaskView t = create(owners, false);
        settle(t.id());

        PushTaskView done = pushTasks.view(t.id());
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.total()).isEqualTo(30);
        assertThat(done.sent()).isEqualTo(30);
        for (PushFixtures.Owner o : owners) {
            assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isEqualTo(1);
            assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).isEqualTo(1);
        }
        var call = sim.calls(SEND).get(0).json();
        assertThat(call.path("page").asText()).isEqualTo("/pages/notice/detail?id=1");
        assertThat(call.path("data").path("thing1").path("value").asText()).isEqualTo("全员通知");
    }

    /** A share of sends fails with each errcode class: every row ends SENT or where the table says, and the ledger agrees. */
    @ParameterizedTest
    @ValueSource(ints = {43101, 40003, 47003, 45168, -1, 43108})
    void faultsEndInTheStatusTheErrcodeTableSays(int errcode) {
        List<PushFixtures.Owner> owners = owners(40, 2);
        // WxJava retries -1 once by itself (WechatConfig), so a row reaches our retry only when both calls fail:
        // at 0.3 that is 0.09 a row and no row of 40 is retried in 2 % of runs; at 0.6 it is 0.36 a row
        sim.failShare(SEND, errcode, errcode == -1 ? 0.6 : 0.3);
        PushTaskView t = create(owners, false);
        settle(t.id());

        PushTaskView v = pushTasks.view(t.id());
        assertThat(v.status()).isEqualTo("DONE");
        assertThat(v.pending()).isZero();
        assertThat(v.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(v.total()).isEqualTo(40);
        Set<String> allowed = switch (errcode) {
            case 43101 -> Set.of("SENT", "NO_QUOTA");
            case 40003, 47003, 45168 -> Set.of("SENT", "FAILED");
            default -> Set.of("SENT", "DEAD");
        };
        Map<Long, String> rows = fx.outbox(t.id());
        assertThat(Set.copyOf(rows.values())).isSubsetOf(allowed);
        if (errcode == 43101 || errcode == 40003 || errcode == 47003 || errcode == 45168) {
            assertThat(rows.values()).as("some rows hit the fault").anyMatch(s -> !s.equals("SENT"));
            assertThat(v.topErrcodes()).extracting(PushTaskView.ErrcodeCount::errcode).containsExactly(errcode);
        } else {
            Integer retried = jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND attempts > 1",
                    Integer.class, t.id());
            assertThat(retried).as("some rows were retried").isPositive();
        }
        long received = 0;
        for (PushFixtures.Owner o : owners) {
            String status = rows.get(o.userId());
            int got = sim.sendCount(o.openid(), NOTICE_TEMPLATE);
            received += got;
            assertThat(got).as("sends received for a %s row", status).isEqualTo(status.equals("SENT") ? 1 : 0);
            int expectedQuota = switch (status) {
                case "SENT" -> 1;
                case "NO_QUOTA" -> 0;
                default -> 2; // FAILED / DEAD: WeChat delivered nothing, the send is owed again
            };
            assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).as("quota after %s", status).isEqualTo(expectedQuota);
        }
        assertThat(received).isEqualTo(v.sent());
    }

    /** No answer within the socket timeout: the message may have arrived, so it is UNKNOWN and never sent again. */
    @Test
    void aTimedOutSendIsUnknownAndNeverResent() {
        List<PushFixtures.Owner> owners = owners(3, 2);
        sim.delay(SEND, Duration.ofSeconds(7));
        PushTaskView t = create(owners, false);
        dispatcher.drain();
        awaitSimulatorCalls(3); // the simulator still answers each late request; let it finish before the next test
        sim.reset();

        assertThat(fx.outbox(t.id()).values()).containsOnly("UNKNOWN");
        clock.advance(Duration.ofHours(3));
        dispatcher.drain();
        PushTaskView v = pushTasks.view(t.id());
        assertThat(v.unknown()).isEqualTo(3);
        assertThat(v.status()).isEqualTo("DONE");
        assertThat(v.topErrcodes()).extracting(PushTaskView.ErrcodeCount::errcode).containsExactly(-2);
        for (PushFixtures.Owner o : owners) {
            assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isZero(); // nothing after the first, ambiguous one
            assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).isEqualTo(1); // spent: it may have been delivered
        }
    }

    /** A claim whose instance died (lease over, never settled) may have been sent: UNKNOWN, not sent again. */
    @Test
    void rowsOfADeadInstanceBecomeUnknownWhenTheLeaseEnds() {
        List<PushFixtures.Owner> owners = owners(4, 1);
        PushTaskView t = create(owners, false);
        jdbc.update("UPDATE push_outbox SET status = 'CLAIMED', attempts = 1, quota_spent = 1, claimed_by = 'dead-instance', "
                + "lease_until = ? WHERE task_id = ?", java.time.LocalDateTime.now(clock).plusMinutes(1), t.id());

        dispatcher.runOnce();
        assertThat(fx.outbox(t.id()).values()).containsOnly("CLAIMED"); // lease still running: left alone

        clock.advance(Duration.ofMinutes(2));
        dispatcher.drain();
        assertThat(fx.outbox(t.id()).values()).containsOnly("UNKNOWN");
        assertThat(pushTasks.view(t.id()).status()).isEqualTo("DONE");
        owners.forEach(o -> assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isZero());
    }

    @Test
    void aConfigurationErrorPausesTheTaskUntilStaffResumeIt() {
        List<PushFixtures.Owner> owners = owners(6, 1);
        sim.failNextSendTo(owners.get(3).openid(), 40037, 1);
        PushTaskView t = create(owners, false);
        dispatcher.drain();

        PushTaskView paused = pushTasks.view(t.id());
        assertThat(paused.status()).isEqualTo("PAUSED");
        assertThat(paused.pauseReason()).isEqualTo("errcode 40037");
        assertThat(paused.sent()).isLessThan(6);
        assertThat(paused.pending()).isEqualTo(6 - paused.sent());
        clock.advance(Duration.ofMinutes(10));
        dispatcher.drain();
        assertThat(pushTasks.view(t.id()).sent()).isEqualTo(paused.sent());

        pushTasks.resume(t.id());
        dispatcher.drain();
        PushTaskView v = pushTasks.view(t.id());
        assertThat(v.status()).isEqualTo("DONE");
        assertThat(v.sent()).isEqualTo(6);
        owners.forEach(o -> assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isEqualTo(1));
        owners.forEach(o -> assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).isZero());
    }

    @Test
    void theDailyQuotaHoldsEverythingUntilTomorrow() {
        List<PushFixtures.Owner> owners = owners(6, 1);
        sim.failNextSendTo(owners.get(3).openid(), 45009, 1);
        PushTaskView t = create(owners, true); // urgent: midnight is inside quiet hours
        dispatcher.drain();

        PushTaskView held = pushTasks.view(t.id());
        assertThat(held.counts().get("HELD")).isEqualTo(1);
        assertThat(held.sent()).isLessThan(6);
        clock.advance(Duration.ofHours(5));
        assertThat(dispatcher.runOnce()).isZero();
        assertThat(pushTasks.view(t.id()).sent()).isEqualTo(held.sent());

        clock.setInstant(OffsetDateTime.parse("2026-11-27T00:00:01+08:00").toInstant());
        dispatcher.drain();
        assertThat(pushTasks.view(t.id()).sent()).isEqualTo(6);
        owners.forEach(o -> assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isEqualTo(1));
    }

    @Test
    void theMinuteQuotaWaitsForTheNextMinute() {
        List<PushFixtures.Owner> owners = owners(4, 1);
        sim.failNextSendTo(owners.get(2).openid(), 45011, 1);
        PushTaskView t = create(owners, false);
        dispatcher.drain();
        assertThat(pushTasks.view(t.id()).sent()).isLessThan(4);
        assertThat(dispatcher.runOnce()).isZero();

        clock.advance(Duration.ofMinutes(1));
        dispatcher.drain();
        PushTaskView v = pushTasks.view(t.id());
        assertThat(v.sent()).isEqualTo(4);
        assertThat(v.status()).isEqualTo("DONE");
    }

    /** Two instances on one task: each recipient receives exactly one message and none is missed. */
    @Test
    void twoDispatchersShareATaskWithoutDuplicates() {
        PushDispatcher second = new PushDispatcher(taskMapper, outboxMapper, pushTasks, claims, settlement, wechat,
                throttle, props, clock, txManager, "second-instance");
        try {
            // five batches of 200: on a loaded machine one instance may start a few rounds late and must still find work
            List<PushFixtures.Owner> owners = owners(1000, 1);
            PushTaskView t = create(owners, false);
            drainTogether(dispatcher, second);
            dispatcher.drain();

            PushTaskView v = pushTasks.view(t.id());
            assertThat(v.sent()).isEqualTo(1000);
            assertThat(v.status()).isEqualTo("DONE");
            owners.forEach(o -> assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isEqualTo(1));
            List<String> claimers = jdbc.queryForList("SELECT DISTINCT claimed_by FROM push_outbox WHERE task_id = ?",
                    String.class, t.id());
            assertThat(claimers).hasSize(2);
        } finally {
            second.destroy();
        }
    }

    /** One user, quota 3, eight tasks, two instances at once: three sends, never below zero. */
    @Test
    void quotaIsNeverSpentTwiceUnderConcurrentClaims() {
        PushDispatcher second = new PushDispatcher(taskMapper, outboxMapper, pushTasks, claims, settlement, wechat,
                throttle, props, clock, txManager, "second-instance");
        try {
            PushFixtures.Owner o = fx.owner(null);
            fx.quota(o.userId(), NOTICE_TEMPLATE, 3);
            List<Long> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(pushTasks.create(PushFixtures.notice("第" + i + "条", Recipients.users(List.of(o.userId())))).id());
            }
            drainTogether(dispatcher, second);
            for (int i = 0; i < 10 && tasks.stream().anyMatch(id -> pushTasks.view(id).pending() > 0); i++) {
                dispatcher.drain(); // rows skipped while the recipient was locked by the other instance
            }
            List<String> statuses = tasks.stream().map(id -> fx.outbox(id).get(o.userId())).toList();
            assertThat(Collections.frequency(statuses, "SENT")).isEqualTo(3);
            assertThat(Collections.frequency(statuses, "NO_QUOTA")).isEqualTo(5);
            assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).isZero();
            assertThat(sim.sendCount(o.openid(), NOTICE_TEMPLATE)).isEqualTo(3);
        } finally {
            second.destroy();
        }
    }

    @Test
    void theGlobalRateLimitSpacesSends() {
        throttle.setRatePerSecond(10);
        List<PushFixtures.Owner> owners = owners(25, 1);
        PushTaskView t = create(owners, false);
        long started = System.nanoTime();
        dispatcher.drain();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(pushTasks.view(t.id()).sent()).isEqualTo(25);
        assertThat(millis).as("25 sends at 10/s span at least two window changes").isGreaterThanOrEqualTo(1000);
    }

    /** Both instances at once, each on its own thread. */
    private static void drainTogether(PushDispatcher a, PushDispatcher b) {
        ExecutorService two = Executors.newFixedThreadPool(2);
        CyclicBarrier start = new CyclicBarrier(2); // both threads exist and start draining at the same moment
        try {
            CompletableFuture<Integer> x = CompletableFuture.supplyAsync(() -> drainAfter(start, a), two);
            CompletableFuture<Integer> y = CompletableFuture.supplyAsync(() -> drainAfter(start, b), two);
            x.join();
            y.join();
        } finally {
            two.shutdown();
        }
    }

    private static int drainAfter(CyclicBarrier start, PushDispatcher d) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other dispatcher thread never started", e);
        }
        return d.drain();
    }

    private void awaitSimulatorCalls(int n) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (sim.calls(SEND).size() < n && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(sim.calls(SEND)).hasSizeGreaterThanOrEqualTo(n);
    }

    private PushTaskView create(List<PushFixtures.Owner> owners, boolean urgent) {
        return pushTasks.create(PushFixtures.notice("全员通知",
                Recipients.users(owners.stream().map(PushFixtures.Owner::userId).toList())).urgent(urgent));
    }

    private List<PushFixtures.Owner> owners(int n, int quota) {
        return IntStream.range(0, n).mapToObj(i -> {
            PushFixtures.Owner o = fx.owner(null);
            fx.quota(o.userId(), NOTICE_TEMPLATE, quota);
            return o;
        }).toList();
    }

    /** Rounds until nothing of the task is left, moving the clock past retry backoffs (never into quiet hours). */
    private void settle(long taskId) {
        for (int i = 0; i < 12 && pushTasks.view(taskId).pending() > 0; i++) {
            dispatcher.drain();
            clock.advance(Duration.ofMinutes(30));
        }
        dispatcher.runOnce();
    }
}
