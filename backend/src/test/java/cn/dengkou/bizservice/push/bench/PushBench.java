package cn.dengkou.bizservice.push.bench;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.push.PushDispatcher;
import cn.dengkou.bizservice.push.PushRequest;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.support.LocalServers;
import cn.dengkou.bizservice.support.SqlSequence;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import cn.dengkou.bizservice.targeting.Audience;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Push-engine benchmark (issue 3), a plain program run by {@code scripts/bench/push-bench.sh}, not a test.
 *
 * <p>Args: {@code [N] [SEND_N]}: audience size for the enqueue benchmark (default 1,000,000) and
 * recipients of the send benchmark (default 20,000). Any further {@code --key=value} args go to Spring.
 * {@code two-counties [PER_COUNTY]} runs {@link TwoCountyPushBench} instead (two served counties, default 20,000 each).
 *
 * <ol>
 *   <li>Baseline: the server's own {@code INSERT … SELECT} of N rows from a generated sequence ({@code SqlSequence}) into scratch
 *       copies of push_outbox and inbox_message.</li>
 *   <li>Enqueue: {@code PushTasks.create} for all N owners (inbox + outbox rows), ratio to the baseline.</li>
 *   <li>Send: a fresh task to SEND_N owners (township DK), create + {@code dispatcher.drain()} until DONE,
 *       against the WeChat simulator with the rate limit lifted.</li>
 * </ol>
 */
public final class PushBench {

    private static final String TEMPLATE = "tpl-bench-notice";

    private PushBench() {
    }

    public static void main(String[] args) {
        int n = 1_000_000;
        int sendN = 20_000;
        List<String> springArgs = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                springArgs.add(a);
            } else {
                positional.add(a.replace("_", ""));
            }
        }
        boolean twoCounties = !positional.isEmpty() && "two-counties".equals(positional.get(0));
        if (twoCounties) {
            positional.remove(0);
            n = positional.isEmpty() ? sendN : Integer.parseInt(positional.get(0));
            sendN = n;
            positional.clear();
            springArgs.add(0, "--app.counties=" + TwoCountyPushBench.DENGKOU + "," + TwoCountyPushBench.HANGJIN);
        }
        if (!positional.isEmpty()) {
            n = Integer.parseInt(positional.get(0));
        }
        if (positional.size() > 1) {
            sendN = Integer.parseInt(positional.get(1));
        }
        if (sendN > n) {
            throw new IllegalArgumentException("SEND_N must be <= N");
        }

        long t0 = System.nanoTime();
        LocalServers servers = LocalServers.start(null);
        WechatSimulator sim = WechatSimulator.start();
        List<String> all = new ArrayList<>();
        servers.springProperties().forEach((k, v) -> all.add("--" + k + "=" + v));
        all.add("--app.wechat.api-base-url=" + sim.baseUrl());
        all.add("--app.wechat.appid=" + WechatSimulator.SIM_APPID);
        all.add("--app.wechat.secret=" + WechatSimulator.SIM_SECRET);
        all.add("--app.wechat.templates.notice=" + TEMPLATE);
        all.add("--app.wechat.templates.job=tpl-bench-job");
        all.add("--app.wechat.templates.event=tpl-bench-event");
        all.add("--app.wechat.templates.feedback=tpl-bench-feedback");
        all.add("--server.port=0");
        all.add("--app.push.rate-per-second=0"); // the "rate limit lifted"
        all.add("--app.push.quiet-hours=");
        all.add("--app.push.dispatcher.enabled=false");
        all.add("--logging.level.cn.dengkou.bizservice.push=WARN");
        all.addAll(springArgs);
        ConfigurableApplicationContext ctx;
        try {
            ctx = SpringApplication.from(Application::main).run(all.toArray(String[]::new)).getApplicationContext();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(2); // the simulator's and the servers' threads would keep the JVM alive
            return;
        }
        System.err.printf("servers + app up in %.1f s%n", secs(t0));
        int code = 1;
        try {
            code = twoCounties ? TwoCountyPushBench.run(ctx, sim, n, TEMPLATE) : run(ctx, sim, n, sendN, springArgs);
        } finally {
            ctx.close();
            sim.stop();
        }
        System.exit(code);
    }

    private static int run(ConfigurableApplicationContext ctx, WechatSimulator sim, int n, int sendN, List<String> springArgs) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        PushTasks pushTasks = ctx.getBean(PushTasks.class);
        PushDispatcher dispatcher = ctx.getBean(PushDispatcher.class);
        dispatcher.setPolling(false);
        String seq = SqlSequence.upTo(n);

        // 1. Baseline: the server's own INSERT ... SELECT of N outbox + N inbox rows.
        jdbc.execute("DROP TABLE IF EXISTS bench_outbox");
        jdbc.execute("DROP TABLE IF EXISTS bench_inbox");
        jdbc.execute("CREATE TABLE bench_outbox LIKE push_outbox");
        jdbc.execute("CREATE TABLE bench_inbox LIKE inbox_message");
        long b0 = System.nanoTime();
        jdbc.update("INSERT INTO bench_inbox (user_id, task_id, dedup_scope, scene, ref_type, ref_id, title, summary, link, created_at) "
                + "SELECT seq, 1, 1, 'notice', 'NOTICE', 1, '基准通知标题', '摘要：基准通知标题', '/pages/notice/detail?id=1', NOW(3) FROM " + seq);
        double baseInbox = secs(b0);
        long b1 = System.nanoTime();
        jdbc.update("INSERT INTO bench_outbox (task_id, user_id, openid, status, next_attempt_at, updated_at) "
                + "SELECT 1, seq, CONCAT('sim-openid-bench-', seq), 'QUEUED', NOW(3), NOW(3) FROM " + seq);
        double baseOutbox = secs(b1);
        double baseline = baseInbox + baseOutbox;
        jdbc.execute("DROP TABLE bench_outbox");
        jdbc.execute("DROP TABLE bench_inbox");
        System.err.printf("baseline: inbox %.2f s + outbox %.2f s = %.2f s%n", baseInbox, baseOutbox, baseline);

        // Seed N owners (first sendN in township DK, the rest BYGL) with quota 1 for the notice template.
        long s0 = System.nanoTime();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) "
                + "SELECT CONCAT('sim-openid-bench-', seq), 'OWNER', 1, NOW(3), NOW(3) FROM " + seq);
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id, created_at, updated_at) "
                + "SELECT '150822', CONCAT('BN', LPAD(u.id, 16, '0')), CONCAT('基准商户', u.id), '张三', 'INDIVIDUAL', 'F', "
                + "IF(CAST(SUBSTRING(u.openid, 18) AS UNSIGNED) <= ?, 'DK', 'BYGL'), 'VERIFIED', u.id, NOW(3), NOW(3) "
                + "FROM app_user u WHERE u.openid LIKE 'sim-openid-bench-%'", sendN);
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "SELECT u.id, ?, 1, 'accept', NOW(3) FROM app_user u WHERE u.openid LIKE 'sim-openid-bench-%'", TEMPLATE);
        jdbc.execute("ANALYZE TABLE app_user, business, subscription_quota");
        int owners = jdbc.queryForObject("SELECT COUNT(*) FROM business WHERE status = 'VERIFIED'", Integer.class);
        int dk = jdbc.queryForObject("SELECT COUNT(*) FROM business WHERE status = 'VERIFIED' AND township = 'DK'", Integer.class);
        System.err.printf("seeded %d owners (%d in DK) in %.1f s%n", owners, dk, secs(s0));

        // 2. Enqueue: PushTasks.create over all owners.
        long e0 = System.nanoTime();
        PushTaskView big = pushTasks.create(notice("基准通知：全体经营主体", Recipients.allOwners()));
        double enqueue = secs(e0);
        long bigInbox = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE task_id = ?", Long.class, big.id());
        long bigOutbox = jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ?", Long.class, big.id());
        System.err.printf("enqueue: task %d, %d inbox + %d outbox rows in %.2f s%n", big.id(), bigInbox, bigOutbox, enqueue);

        // The big task must not be sent: cancel it and clear its rows so the send benchmark starts clean.
        jdbc.update("UPDATE push_task SET status = 'CANCELLED', finished_at = NOW(3) WHERE id = ?", big.id());
        jdbc.execute("TRUNCATE TABLE push_outbox");
        jdbc.execute("TRUNCATE TABLE inbox_message");
        jdbc.execute("DELETE FROM push_dedup");
        sim.reset();

        // 3a. Send baseline: the same number of bare WechatClient sends on as many threads, no database.
        int threads = ctx.getEnvironment().getProperty("app.push.dispatcher.threads", Integer.class, 16);
        double rawSend = rawSends(ctx.getBean(WechatClient.class), sendN, threads);
        int rawReceived = sim.sendCount();
        sim.reset();
        System.err.printf("send baseline: %d bare sends on %d threads in %.2f s%n", rawReceived, threads, rawSend);

        // 3. Send: a fresh task to the DK owners, inbox + sends until DONE.
        long d0 = System.nanoTime();
        PushTaskView small = pushTasks.create(notice("基准通知：渡口镇", Recipients.owners(Audience.everyone().townships("DK"))));
        double sendEnqueue = secs(d0);
        int claimed = 0;
        String status = small.status();
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!"DONE".equals(status) && System.nanoTime() < deadline) {
            claimed += dispatcher.drain();
            status = pushTasks.view(small.id()).status();
        }
        double sendTotal = secs(d0);
        int received = sim.sendCount();
        Map<String, Object> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM push_outbox WHERE task_id = ? GROUP BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, small.id());
        long smallInbox = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE task_id = ?", Long.class, small.id());
        double sendPhase = sendTotal - sendEnqueue;
        System.err.printf("send: task %d %s, claimed %d, simulator received %d, outbox %s%n",
                small.id(), status, claimed, received, counts);

        boolean okEnqueue = bigInbox == n && bigOutbox == n;
        boolean okSend = "DONE".equals(status) && received == sendN && smallInbox == sendN;
        System.out.println();
        System.out.printf("Push engine benchmark: N = %,d (enqueue), %,d recipients (send), %d CPUs, -Xmx %d MB%s%n%n",
                n, sendN, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                springArgs.isEmpty() ? "" : ", spring args " + springArgs);
        System.out.println("| Measurement | Rows | Time (s) | Rate | Goal | Result |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf("| Baseline: the server's `INSERT … SELECT` of 1..N (`SqlSequence`) into copy of inbox_message | %,d | %.2f | %,.0f rows/s | | |%n",
                n, baseInbox, n / baseInbox);
        System.out.printf("| Baseline: same into copy of push_outbox | %,d | %.2f | %,.0f rows/s | | |%n",
                n, baseOutbox, n / baseOutbox);
        System.out.printf("| **Baseline total** (inbox + outbox) | %,d | %.2f | | | |%n", 2L * n, baseline);
        System.out.printf("| **Enqueue**: `PushTasks.create(allOwners)` → inbox + outbox rows | %,d + %,d | %.2f | %,.0f recipients/s | ≤ 2× baseline (%.2f s); ≤ 15 s | %.2f× baseline: %s ≤ 2×; %.1f s: %s ≤ 15 s |%n",
                bigInbox, bigOutbox, enqueue, n / enqueue, 2 * baseline, enqueue / baseline,
                okEnqueue && enqueue <= 2 * baseline ? "meets" : "does not meet", enqueue,
                okEnqueue && enqueue <= 15 ? "meets" : "does not meet");
        System.out.printf("| Send baseline: %,d bare `WechatClient.sendSubscribe` calls on %d threads, no database | %,d | %.2f | %,.0f sends/s | | |%n",
                sendN, threads, rawReceived, rawSend, sendN / rawSend);
        System.out.printf("| Send: `create` (inbox + outbox) of the %,d-recipient task | %,d | %.2f | | | |%n",
                sendN, sendN, sendEnqueue);
        System.out.printf("| Send: `dispatcher.drain()` until DONE | %,d | %.2f | %,.0f sends/s | | |%n",
                sendN, sendPhase, sendN / sendPhase);
        System.out.printf("| **Inbox + sends total** | %,d | %.2f | %,.0f sends/s | ≤ 10 s | %s (%.2f× the send baseline) |%n",
                sendN, sendTotal, sendN / sendTotal, okSend && sendTotal <= 10 ? "meets" : "does not meet",
                sendTotal / rawSend);
        System.out.println();
        System.out.printf("Checks: enqueue wrote %,d inbox + %,d outbox rows (expected %,d each); send task %s, "
                        + "simulator received %,d subscribe messages (expected %,d), %,d inbox messages, outbox %s%n",
                bigInbox, bigOutbox, n, status, received, sendN, smallInbox, counts);
        return okEnqueue && okSend ? 0 : 2;
    }

    static double rawSends(WechatClient wechat, int count, int threads) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, String> data = Map.of("thing1", "基准通知", "time2", "2026年11月26日 09:00");
        long t0 = System.nanoTime();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                for (int k = next.incrementAndGet(); k <= count; k = next.incrementAndGet()) {
                    wechat.sendSubscribe("sim-openid-bench-" + k, TEMPLATE, "/pages/notice/detail?id=1", data);
                }
            }));
        }
        try {
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("send baseline failed", e);
        } finally {
            pool.shutdown();
        }
        return secs(t0);
    }

    static PushRequest notice(String title, Recipients audience) {
        return PushRequest.of("notice", "NOTICE", 1L, title, "摘要：" + title, "/pages/notice/detail?id=1",
                Map.of("thing1", "基准通知", "time2", "2026年11月26日 09:00"), audience);
    }

    static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
