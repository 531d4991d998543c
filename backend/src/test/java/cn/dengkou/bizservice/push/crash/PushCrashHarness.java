package cn.dengkou.bizservice.push.crash;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.support.LocalServers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import cn.dengkou.bizservice.targeting.Audience;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The long-lived half of {@code scripts/bench/push-crash.sh} (issue 3, crash test), a plain program
 * in test scope, not a test. It owns the servers the production jar is pointed at, so they outlive
 * the jar's {@code kill -9}:
 *
 * <ol>
 *   <li>starts embedded MariaDB + Redis ({@link LocalServers}) and the WeChat simulator, each send
 *       delayed by {@code delayMs} so a kill lands mid-task;</li>
 *   <li>runs the app once, in this JVM with its dispatcher off, only to migrate the schema, seed
 *       {@code N} owners (tag {@value #TAG}, one send owed for the notice template) and create one
 *       task for them with {@link PushTasks#create}; that context is closed again;</li>
 *   <li>writes {@code harness.env} (servers, simulator, task, control URL) for the script;</li>
 *   <li>answers the script on a small HTTP control server until {@code POST /stop}:
 *       {@code GET /progress}, {@code POST /inflight} (snapshot right after the kill),
 *       {@code GET /check} (the final checks; last line {@code RESULT=PASS} or {@code RESULT=FAIL}).</li>
 * </ol>
 *
 * <p>Args: {@code <work dir> [N=20000] [delayMs=30]}.
 */
public final class PushCrashHarness {

    static final String TAG = "CRASH_TEST";
    static final String TEMPLATE = "tpl-crash-notice";
    static final String OPENID_PREFIX = WechatSimulator.openidFor("crash-");

    private final JdbcTemplate jdbc;
    private final WechatSimulator sim;
    private final long taskId;
    private final int recipients;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Set<Long> inflightIds;
    private volatile int simAtKill;

    private PushCrashHarness(JdbcTemplate jdbc, WechatSimulator sim, long taskId, int recipients) {
        this.jdbc = jdbc;
        this.sim = sim;
        this.taskId = taskId;
        this.recipients = recipients;
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // the servers' threads would keep the JVM alive; the shutdown hooks stop them
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PushCrashHarness <work dir> [N] [delayMs]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int n = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 20_000;
        int delayMs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Files.createDirectories(dir);

        long t0 = System.nanoTime();
        LocalServers servers = LocalServers.start(null);
        WechatSimulator sim = WechatSimulator.start();
        Runtime.getRuntime().addShutdownHook(new Thread(sim::stop));
        Map<String, String> db = servers.springProperties();
        log("MariaDB %s, Redis %s:%s, simulator %s (up in %.1f s)", db.get("spring.datasource.url"),
                db.get("spring.data.redis.host"), db.get("spring.data.redis.port"), sim.baseUrl(), secs(t0));

        long taskId = seedAndCreateTask(db, sim, n);
        sim.reset();
        sim.delay(WechatSimulator.SEND, Duration.ofMillis(delayMs));

        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(db.get("spring.datasource.url"));
        hc.setUsername(db.get("spring.datasource.username"));
        hc.setPassword(db.get("spring.datasource.password"));
        hc.setMaximumPoolSize(2);
        hc.setPoolName("crash-harness");
        HikariDataSource ds = new HikariDataSource(hc);
        PushCrashHarness harness = new PushCrashHarness(new JdbcTemplate(ds), sim, taskId, n);

        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        control.createContext("/progress", ex -> harness.answer(ex, harness::progress));
        control.createContext("/inflight", ex -> harness.answer(ex, harness::snapshotInflight));
        control.createContext("/check", ex -> harness.answer(ex, harness::check));
        control.createContext("/stop", ex -> {
            harness.answer(ex, () -> "stopping\n");
            harness.stopped.countDown();
        });
        control.start();

        Map<String, String> env = new TreeMap<>();
        env.put("DB_URL", db.get("spring.datasource.url"));
        env.put("DB_USER", db.get("spring.datasource.username"));
        env.put("DB_PASSWORD", db.get("spring.datasource.password"));
        env.put("REDIS_HOST", db.get("spring.data.redis.host"));
        env.put("REDIS_PORT", db.get("spring.data.redis.port"));
        env.put("REDIS_PASSWORD", db.get("spring.data.redis.password"));
        env.put("SIM_URL", sim.baseUrl());
        env.put("SIM_APPID", WechatSimulator.SIM_APPID);
        env.put("SIM_SECRET", WechatSimulator.SIM_SECRET);
        env.put("TEMPLATE", TEMPLATE);
        env.put("TASK_ID", Long.toString(taskId));
        env.put("RECIPIENTS", Integer.toString(n));
        env.put("CONTROL_URL", "http://127.0.0.1:" + control.getAddress().getPort());
        StringBuilder text = new StringBuilder();
        env.forEach((k, v) -> text.append(k).append("='").append(v.replace("'", "'\\''")).append("'\n"));
        Path tmp = dir.resolve("harness.env.tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve("harness.env"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log("ready in %.1f s: task %d, %d recipients, sends delayed %d ms, control %s", secs(t0), taskId, n, delayMs,
                env.get("CONTROL_URL"));

        harness.stopped.await();
        control.stop(0);
        ds.close();
        log("stopping: servers go down with this JVM");
        System.exit(0); // the shutdown hooks stop MariaDB, Redis and the simulator
    }

    /** The app in this JVM with its dispatcher off: schema, owners, one task. */
    private static long seedAndCreateTask(Map<String, String> db, WechatSimulator sim, int n) {
        List<String> args = new ArrayList<>();
        db.forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--app.wechat.api-base-url=" + sim.baseUrl());
        args.add("--app.wechat.appid=" + WechatSimulator.SIM_APPID);
        args.add("--app.wechat.secret=" + WechatSimulator.SIM_SECRET);
        args.add("--app.wechat.templates.notice=" + TEMPLATE);
        args.add("--server.port=0");
        args.add("--app.push.dispatcher.enabled=false");
        args.add("--app.push.quiet-hours=");
        args.add("--logging.level.root=WARN");
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                .registerShutdownHook(false)
                .run(args.toArray(String[]::new))) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            jdbc.batchUpdate("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) "
                            + "VALUES (?, 'OWNER', 1, NOW(3), NOW(3))",
                    IntStream.rangeClosed(1, n).mapToObj(i -> new Object[] {OPENID_PREFIX + i}).toList());
            String like = OPENID_PREFIX + "%";
            jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id, "
                    + "created_at, updated_at) SELECT '150822', CONCAT('CR', LPAD(u.id, 16, '0')), CONCAT('崩溃测试商户', u.id), '张三', "
                    + "'INDIVIDUAL', 'F', 'DK', 'VERIFIED', u.id, NOW(3), NOW(3) FROM app_user u WHERE u.openid LIKE ?", like);
            jdbc.update("INSERT INTO business_tag (business_id, tag) SELECT b.id, ? FROM business b "
                    + "JOIN app_user u ON u.id = b.owner_user_id WHERE u.openid LIKE ?", TAG, like);
            jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                    + "SELECT u.id, ?, 1, 'accept', NOW(3) FROM app_user u WHERE u.openid LIKE ?", TEMPLATE, like);
            PushTaskView t = ctx.getBean(PushTasks.class).create(PushRequest.of("notice", "NOTICE", 1L, "崩溃测试通知",
                    "摘要：崩溃测试通知", "/pages/notice/detail?id=1",
                    Map.of("thing1", "崩溃测试通知", "time2", "2026年11月26日 09:00"),
                    Recipients.owners(Audience.everyone().tags(TAG))));
            int queued = jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND status = 'QUEUED'",
                    Integer.class, t.id());
            if (t.total() != n || queued != n) {
                throw new IllegalStateException("task " + t.id() + " has " + t.total() + " recipients and " + queued
                        + " queued rows, expected " + n);
            }
            log("seeded %d owners and created task %d (%d inbox + %d outbox rows) in %.1f s", n, t.id(), t.total(), queued,
                    secs(t0));
            return t.id();
        }
    }

    // ---- control endpoints ---------------------------------------------------------------------

    /** One line of {@code key=value}: task status, outbox rows per status, sends the simulator accepted. */
    private String progress() {
        Map<String, Long> counts = counts();
        return "status=" + taskStatus()
                + " queued=" + counts.getOrDefault("QUEUED", 0L)
                + " claimed=" + counts.getOrDefault("CLAIMED", 0L)
                + " sent=" + counts.getOrDefault("SENT", 0L)
                + " unknown=" + counts.getOrDefault("UNKNOWN", 0L)
                + " sim=" + sim.sendCount() + "\n";
    }

    /**
     * Right after the kill: the rows CLAIMED with an attempt recorded are the sends that may have been
     * in flight (sent, or about to be, by the dead instance). Nothing changes them until a new instance runs.
     */
    private synchronized String snapshotInflight() {
        List<Long> ids = jdbc.queryForList("SELECT id FROM push_outbox WHERE task_id = ? AND status = 'CLAIMED' "
                + "AND attempts > 0", Long.class, taskId);
        inflightIds = Set.copyOf(ids);
        simAtKill = sim.sendCount();
        Map<String, Long> counts = counts();
        return "inflight=" + ids.size() + " sent=" + counts.getOrDefault("SENT", 0L) + " queued="
                + counts.getOrDefault("QUEUED", 0L) + " sim=" + simAtKill + "\n";
    }

    private synchronized String check() {
        List<String> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<Long> inflight = inflightIds;
        if (inflight == null) {
            failures.add("no in-flight snapshot: POST /inflight right after the kill");
            inflight = Set.of();
        }
        String status = taskStatus();
        Map<String, Long> counts = counts();
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        long sent = counts.getOrDefault("SENT", 0L);
        long unknown = counts.getOrDefault("UNKNOWN", 0L);
        long open = counts.getOrDefault("QUEUED", 0L) + counts.getOrDefault("HELD", 0L) + counts.getOrDefault("CLAIMED", 0L);
        long tableTerminal = counts.getOrDefault("NO_QUOTA", 0L) + counts.getOrDefault("FAILED", 0L)
                + counts.getOrDefault("DEAD", 0L) + counts.getOrDefault("CANCELLED", 0L);

        // every outbox row against what the simulator received for its openid
        long sentNotReceived = 0;
        long unknownDelivered = 0;
        long unknownOutsideSnapshot = 0;
        long otherReceived = 0;
        long quotaMismatch = 0;
        Set<String> rowOpenids = new HashSet<>();
        List<Map<String, Object>> all = jdbc.queryForList("SELECT o.id, o.openid, o.status, q.quota FROM push_outbox o "
                + "LEFT JOIN subscription_quota q ON q.user_id = o.user_id AND q.template_id = ? WHERE o.task_id = ?",
                TEMPLATE, taskId);
        for (Map<String, Object> r : all) {
            long id = ((Number) r.get("id")).longValue();
            String openid = (String) r.get("openid");
            String s = (String) r.get("status");
            int quota = r.get("quota") == null ? -1 : ((Number) r.get("quota")).intValue();
            int got = sim.sendCount(openid, TEMPLATE);
            rowOpenids.add(openid);
            switch (s) {
                case "SENT" -> sentNotReceived += got == 1 ? 0 : 1;
                case "UNKNOWN" -> {
                    unknownDelivered += got;
                    unknownOutsideSnapshot += inflight.contains(id) ? 0 : 1;
                }
                default -> otherReceived += got;
            }
            // each recipient had one send owed: spent by SENT and UNKNOWN (it may have arrived), given back otherwise
            int expectedQuota = switch (s) {
                case "SENT", "UNKNOWN", "NO_QUOTA" -> 0;
                default -> 1;
            };
            quotaMismatch += quota == expectedQuota ? 0 : 1;
        }
        Map<String, Integer> dup = sim.duplicates();
        int simSends = sim.sendCount();
        long simOutside = simSends - all.stream().mapToLong(r -> sim.sendCount((String) r.get("openid"), TEMPLATE)).sum();

        Map<String, Object> inbox = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT user_id) AS users "
                + "FROM inbox_message WHERE task_id = ?", taskId);
        long inboxRows = ((Number) inbox.get("n")).longValue();
        long inboxUsers = ((Number) inbox.get("users")).longValue();
        long notExactlyOne = jdbc.queryForObject("SELECT COUNT(*) FROM app_user u WHERE u.openid LIKE ? AND "
                + "(SELECT COUNT(*) FROM inbox_message m WHERE m.task_id = ? AND m.user_id = u.id) <> 1",
                Long.class, OPENID_PREFIX + "%", taskId);
        List<Map<String, Object>> byInstance = jdbc.queryForList("SELECT claimed_by, COUNT(*) AS n FROM push_outbox "
                + "WHERE task_id = ? AND status = 'SENT' GROUP BY claimed_by ORDER BY MIN(updated_at)", taskId);

        out.add(String.format("recipients              %,d (task %d: %s)", recipients, taskId, status));
        out.add(String.format("in flight at the kill   %,d rows CLAIMED with an attempt (simulator had %,d sends then)",
                inflight.size(), simAtKill));
        out.add(String.format("outbox                  %s", counts));
        out.add(String.format("SENT by instance        %s", byInstance.stream()
                .map(r -> r.get("claimed_by") + "=" + r.get("n")).toList()));
        out.add(String.format("UNKNOWN                 %,d (%,d delivered before the kill, %,d never sent)", unknown,
                unknownDelivered, unknown - unknownDelivered));
        out.add(String.format("duplicates at simulator %,d (max per recipient %d)", dup.size(),
                dup.values().stream().mapToInt(Integer::intValue).max().orElse(simSends > 0 ? 1 : 0)));
        out.add(String.format("simulator sends         %,d = SENT %,d + delivered UNKNOWN %,d + other %,d + outside the task %,d",
                simSends, sent - sentNotReceived, unknownDelivered, otherReceived, simOutside));
        out.add(String.format("inbox                   %,d messages, %,d recipients, %,d recipients without exactly one",
                inboxRows, inboxUsers, notExactlyOne));
        out.add(String.format("quota ledger            %,d recipients whose quota does not match their row", quotaMismatch));
        out.add(String.format("total                   SENT %,d + UNKNOWN %,d + table-terminal %,d = %,d of %,d",
                sent, unknown, tableTerminal, sent + unknown + tableTerminal, recipients));

        expect(failures, "DONE".equals(status), "task is " + status + ", not DONE");
        expect(failures, rows == recipients, "outbox has " + rows + " rows for " + recipients + " recipients");
        expect(failures, open == 0, open + " rows still open (QUEUED/HELD/CLAIMED)");
        expect(failures, dup.isEmpty(), dup.size() + " recipients received more than one message: "
                + dup.keySet().stream().limit(5).toList());
        expect(failures, sentNotReceived == 0, sentNotReceived + " SENT rows whose recipient did not receive exactly one");
        expect(failures, otherReceived == 0, otherReceived + " sends to rows that are neither SENT nor UNKNOWN");
        expect(failures, simOutside == 0, simOutside + " sends the simulator got for nobody in the task");
        expect(failures, rows - sent - tableTerminal == unknown,
                (rows - sent - tableTerminal - unknown) + " rows neither SENT, table-terminal nor UNKNOWN");
        expect(failures, unknown <= inflight.size(), "UNKNOWN " + unknown + " > in flight at the kill " + inflight.size());
        expect(failures, unknownOutsideSnapshot == 0, unknownOutsideSnapshot + " UNKNOWN rows were not in flight at the kill");
        expect(failures, inboxRows == recipients && inboxUsers == recipients && notExactlyOne == 0,
                "inbox is not exactly one message per recipient");
        expect(failures, quotaMismatch == 0, quotaMismatch + " quota ledger rows do not match");
        expect(failures, sent + unknown + tableTerminal == recipients,
                "SENT + UNKNOWN + terminal = " + (sent + unknown + tableTerminal) + ", not " + recipients);

        StringBuilder text = new StringBuilder();
        out.forEach(l -> text.append(l).append('\n'));
        failures.forEach(f -> text.append("FAILED: ").append(f).append('\n'));
        text.append(failures.isEmpty() ? "RESULT=PASS\n" : "RESULT=FAIL\n");
        return text.toString();
    }

    private static void expect(List<String> failures, boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> m = new TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM push_outbox WHERE task_id = ? GROUP BY status",
                rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                }, taskId);
        return m;
    }

    private String taskStatus() {
        return jdbc.queryForObject("SELECT status FROM push_task WHERE id = ?", String.class, taskId);
    }

    private void answer(HttpExchange ex, Supplier<String> body) throws IOException {
        String text;
        int code = 200;
        try {
            text = body.get();
        } catch (RuntimeException e) {
            text = "error: " + e + "\n";
            code = 500;
        }
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        ex.sendResponseHeaders(code, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[harness] " + format + "%n", args);
        System.out.flush();
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
