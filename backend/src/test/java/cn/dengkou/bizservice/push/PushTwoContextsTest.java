package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestServersInitializer;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import cn.dengkou.bizservice.targeting.Audience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts of the real app (the shared test context and a second one started here,
 * with its own web server, connection pool and dispatcher) on one database, one Redis and one
 * simulator, both sending a single 5,000-recipient task at the same time.
 */
@IntegrationTest
class PushTwoContextsTest {

    static final int RECIPIENTS = 5_000;
    static final Duration DEADLINE = Duration.ofSeconds(60);
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

    final WechatSimulator sim = WechatSimulator.shared();
    int rate;
    ConfigurableApplicationContext second;
    ExecutorService firstInstance;

    @BeforeEach
    void setUp() {
        dispatcher.setPolling(false); // this test drives the shared context's dispatcher itself
        clock.reset(); // real time: the second context runs on the system clock and leases are compared across both
        rate = throttle.ratePerSecond();
        throttle.setRatePerSecond(0);
        throttle.clearHalt();
        dispatcher.drain(); // rows other tests left due
        sim.reset();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (firstInstance != null) {
            firstInstance.shutdownNow();
            firstInstance.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (second != null && second.isActive()) {
            second.close(); // the test failed before it closed the context itself
        }
        sim.reset();
        throttle.setRatePerSecond(rate);
        dispatcher.setPolling(true);
    }

    @Test
    void twoApplicationContextsShareOneTaskWithoutDuplicates() throws Exception {
        long started = System.nanoTime();
        long pollersBefore = dispatcherThreads();
        String tag = PushFixtures.uniqueTag();
        Map<Long, String> recipients = seed(tag);
        second = startSecondContext();
        PushDispatcher other = second.getBean(PushDispatcher.class);
        assertThat(other).isNotSameAs(dispatcher);
        assertThat(other.isPolling()).isTrue();
        long ready = System.nanoTime();

        sim.delay(SEND, Duration.ofMillis(10)); // each send takes a while, so the two instances overlap
        // urgent: the real clock may be inside the shared context's quiet hours
        PushTaskView t = pushTasks.create(PushFixtures.notice("两个实例同时发送",
                Recipients.owners(Audience.everyone().tags(tag))).urgent(true));
        assertThat(t.total()).isEqualTo(RECIPIENTS);

        // the second context polls on its own; this one's dispatcher runs rounds on a thread of the test
        AtomicBoolean stop = new AtomicBoolean();
        firstInstance = Executors.newSingleThreadExecutor();
        Future<?> first = firstInstance.submit(() -> {
            while (!stop.get()) {
                if (dispatcher.runOnce() == 0) {
                    pause(20); // the poll interval of an idle dispatcher
                }
            }
        });
        String status = awaitDone(t.id());
        stop.set(true);
        first.get(30, TimeUnit.SECONDS);
        long sent = System.nanoTime();

        // at most once per (openid, task) first, then the union is complete
        assertThat(sim.duplicates()).as("(openid, template) received more than once").isEmpty();
        PushTaskView v = pushTasks.view(t.id());
        assertThat(status).isEqualTo("DONE");
        assertThat(v.counts()).containsEntry("SENT", (long) RECIPIENTS);
        assertThat(v.pending()).isZero();
        recipients.values().forEach(openid -> assertThat(sim.sendCount(openid, NOTICE_TEMPLATE)).as(openid).isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT user_id) FROM inbox_message WHERE task_id = ?",
                Integer.class, t.id())).isEqualTo(RECIPIENTS);
        // the ledger: each recipient had one send owed and spent it on the one message the simulator got
        Map<String, Object> ledger = jdbc.queryForMap("SELECT COUNT(*) AS n, SUM(q.quota) AS owed, MIN(q.quota) AS low "
                + "FROM subscription_quota q JOIN push_outbox o ON o.user_id = q.user_id AND o.task_id = ? "
                + "WHERE q.template_id = ?", t.id(), NOTICE_TEMPLATE);
        assertThat(((Number) ledger.get("n")).intValue()).isEqualTo(RECIPIENTS);
        assertThat(((Number) ledger.get("owed")).intValue()).isZero();
        assertThat(((Number) ledger.get("low")).intValue()).isZero();
        // both instances sent a share of the task
        List<Map<String, Object>> byInstance = jdbc.queryForList("SELECT claimed_by, COUNT(*) AS n FROM push_outbox "
                + "WHERE task_id = ? AND status = 'SENT' GROUP BY claimed_by ORDER BY claimed_by", t.id());
        assertThat(byInstance).hasSize(2);
        byInstance.forEach(r -> assertThat(((Number) r.get("n")).intValue()).as("sent by %s", r.get("claimed_by")).isPositive());

        // closing the second context ends its dispatcher: no poller of it is left to touch later tests' rows
        second.close();
        assertThat(other.isRunning()).isFalse();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (dispatcherThreads() > pollersBefore && System.nanoTime() < until) {
            pause(20);
        }
        assertThat(dispatcherThreads()).isEqualTo(pollersBefore);
        System.out.printf("two contexts: %d recipients, sent per instance %s, setup %.1f s, sending %.1f s%n",
                RECIPIENTS, byInstance.stream().map(r -> r.get("n")).toList(), (ready - started) / 1e9, (sent - ready) / 1e9);
    }

    /** Owners with a VERIFIED business carrying the tag and one send owed for the notice template. */
    private Map<Long, String> seed(String tag) {
        String prefix = WechatSimulator.openidFor("two-" + tag + "-");
        jdbc.batchUpdate("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, NOW(3), NOW(3))",
                IntStream.range(0, RECIPIENTS).mapToObj(i -> new Object[] {prefix + i}).toList());
        String like = prefix + "%";
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id, "
                + "created_at, updated_at) SELECT '150822', CONCAT('TC', LPAD(u.id, 16, '0')), CONCAT('双实例商户', u.id), '张三', "
                + "'INDIVIDUAL', 'F', 'DK', 'VERIFIED', u.id, NOW(3), NOW(3) FROM app_user u WHERE u.openid LIKE ?", like);
        jdbc.update("INSERT INTO business_tag (business_id, tag) SELECT b.id, ? FROM business b "
                + "JOIN app_user u ON u.id = b.owner_user_id WHERE u.openid LIKE ?", tag, like);
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "SELECT u.id, ?, 1, 'accept', NOW(3) FROM app_user u WHERE u.openid LIKE ?", NOTICE_TEMPLATE, like);
        Map<Long, String> users = new java.util.HashMap<>();
        jdbc.query("SELECT id, openid FROM app_user WHERE openid LIKE ?", rs -> {
            users.put(rs.getLong(1), rs.getString(2));
        }, like);
        assertThat(users).hasSize(RECIPIENTS);
        return users;
    }

    /**
     * The real app once more, pointed at the same servers and simulator as the shared context
     * (same initializer), on its own random port, polling the outbox every 20 ms without rate limit.
     */
    private static ConfigurableApplicationContext startSecondContext() {
        return new SpringApplicationBuilder(Application.class)
                .initializers(new TestServersInitializer())
                .registerShutdownHook(false) // closed by the test, never left to the JVM's end
                .run("--server.port=0",
                        "--app.push.rate-per-second=0",
                        "--app.push.quiet-hours=",
                        "--app.push.dispatcher.enabled=true",
                        "--app.push.dispatcher.poll-millis=20",
                        "--logging.level.cn.dengkou.bizservice.push=WARN");
    }

    /** Live poller threads of all dispatchers in this JVM. */
    private static long dispatcherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("push-dispatcher")).count();
    }

    private String awaitDone(long taskId) {
        long until = System.nanoTime() + DEADLINE.toNanos();
        String status = pushTasks.view(taskId).status();
        while (!"DONE".equals(status) && System.nanoTime() < until) {
            pause(100);
            status = pushTasks.view(taskId).status();
        }
        return status;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
