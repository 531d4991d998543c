package cn.dengkou.bizservice.push.bench;

import cn.dengkou.bizservice.push.PushDispatcher;
import cn.dengkou.bizservice.push.PushTaskView;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.push.Recipients;
import cn.dengkou.bizservice.support.SqlSequence;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.wechat.WechatClient;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The push benchmark's two-county mode ({@code push-bench.sh two-counties [PER_COUNTY]}, issue 10): the app serves
 * 磴口县 and 杭锦后旗 with PER_COUNTY (20,000) owners each; one county notice per county, then a prefecture notice to
 * both, each created and drained until DONE. Checks that each task reached exactly its counties' owners.
 */
final class TwoCountyPushBench {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";

    private record Phase(String name, int expected, double seconds, long inbox, long outOfCounty, int received,
                         String status) {
        boolean ok() {
            return "DONE".equals(status) && inbox == expected && received == expected && outOfCounty == 0;
        }
    }

    private TwoCountyPushBench() {
    }

    static int run(ConfigurableApplicationContext ctx, WechatSimulator sim, int perCounty, String template) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        PushTasks pushTasks = ctx.getBean(PushTasks.class);
        PushDispatcher dispatcher = ctx.getBean(PushDispatcher.class);
        dispatcher.setPolling(false);

        long s0 = System.nanoTime();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) "
                + "SELECT CONCAT('sim-openid-bench-', seq), 'OWNER', 1, NOW(3), NOW(3) FROM " + SqlSequence.upTo(2 * perCounty));
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, owner_user_id,"
                + " created_at, updated_at) SELECT IF(n <= ?, ?, ?), CONCAT('BN', LPAD(id, 16, '0')), CONCAT('基准商户', id),"
                + " '张三', 'INDIVIDUAL', 'F', IF(n <= ?, 'DK', 'SHB'), 'VERIFIED', id, NOW(3), NOW(3) FROM (SELECT u.id,"
                + " CAST(SUBSTRING(u.openid, 18) AS UNSIGNED) AS n FROM app_user u WHERE u.openid LIKE 'sim-openid-bench-%') s",
                perCounty, DENGKOU, HANGJIN, perCounty);
        // quota for every task of the run: each accepted send spends one
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "SELECT u.id, ?, 5, 'accept', NOW(3) FROM app_user u WHERE u.openid LIKE 'sim-openid-bench-%'", template);
        jdbc.execute("ANALYZE TABLE app_user, business, subscription_quota");
        System.err.printf("seeded %d + %d owners in %.1f s%n", count(jdbc, DENGKOU), count(jdbc, HANGJIN), PushBench.secs(s0));

        int threads = ctx.getEnvironment().getProperty("app.push.dispatcher.threads", Integer.class, 16);
        double rawSend = PushBench.rawSends(ctx.getBean(WechatClient.class), perCounty, threads);
        sim.reset();

        List<Phase> phases = new ArrayList<>();
        phases.add(phase(jdbc, pushTasks, dispatcher, sim, "County notice, 磴口县 (county 150822)", perCounty, DENGKOU,
                List.of(DENGKOU)));
        phases.add(phase(jdbc, pushTasks, dispatcher, sim, "County notice, 杭锦后旗 (county 150826)", perCounty, HANGJIN,
                List.of(HANGJIN)));
        phases.add(phase(jdbc, pushTasks, dispatcher, sim, "Prefecture notice to both counties (150800)", 2 * perCounty,
                "150800", List.of(DENGKOU, HANGJIN)));

        System.out.println();
        System.out.printf("Push engine benchmark, two counties: %,d owners in each of 磴口县 and 杭锦后旗, %d CPUs, -Xmx %d MB%n%n",
                perCounty, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("Send baseline: %,d bare sends on %d threads in %.2f s (%,.0f sends/s)%n%n", perCounty, threads,
                rawSend, perCounty / rawSend);
        System.out.println("| Task | Recipients | Inbox + sends (s) | Rate | Goal | Result |");
        System.out.println("|---|---|---|---|---|---|");
        boolean ok = true;
        for (Phase p : phases) {
            double goal = 10.0 * p.expected() / 20_000; // the single-county goal, 20,000 in 10 s, at the same rate
            System.out.printf("| %s | %,d | %.2f | %,.0f sends/s | ≤ %.0f s | %s (%.2f× the send baseline's rate) |%n",
                    p.name(), p.expected(), p.seconds(), p.expected() / p.seconds(), goal,
                    p.ok() && p.seconds() <= goal ? "meets" : "does not meet", (p.seconds() / p.expected()) / (rawSend / perCounty));
            ok &= p.ok();
        }
        System.out.println();
        phases.forEach(p -> System.out.printf("Checks, %s: %s, %,d inbox messages, %,d outside its counties, simulator "
                + "received %,d (expected %,d each)%n", p.name(), p.status(), p.inbox(), p.outOfCounty(), p.received(), p.expected()));
        return ok ? 0 : 2;
    }

    private static Phase phase(JdbcTemplate jdbc, PushTasks pushTasks, PushDispatcher dispatcher, WechatSimulator sim,
                               String name, int expected, String division, List<String> counties) {
        sim.reset();
        long t0 = System.nanoTime();
        PushTaskView task = pushTasks.create(PushBench.notice(name, Recipients.owners(Audience.everyone().counties(counties)))
                .county(division));
        String status = task.status();
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!"DONE".equals(status) && System.nanoTime() < deadline) {
            dispatcher.drain();
            status = pushTasks.view(task.id()).status();
        }
        double seconds = PushBench.secs(t0);
        long inbox = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE task_id = ?", Long.class, task.id());
        String in = String.join(",", counties.stream().map(c -> "'" + c + "'").toList());
        long outside = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message x JOIN business b ON b.owner_user_id = x.user_id"
                + " WHERE x.task_id = ? AND b.county NOT IN (" + in + ")", Long.class, task.id());
        System.err.printf("%s: task %d %s in %.2f s%n", name, task.id(), status, seconds);
        return new Phase(name, expected, seconds, inbox, outside, sim.sendCount(), status);
    }

    private static int count(JdbcTemplate jdbc, String county) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM business WHERE county = ? AND status = 'VERIFIED'", Integer.class, county);
    }
}
