package cn.dengkou.bizservice.job.bench;

import cn.dengkou.bizservice.job.JobsOpened;
import cn.dengkou.bizservice.support.BenchApplication;
import cn.dengkou.bizservice.support.SqlSequence;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Job-alert digest fan-out benchmark (issue 11), a plain program run by {@code scripts/bench/job-alert-bench.sh}, not
 * a test. Seeds 20,000 subscribers (WeChat users with job-template quota and alert lists of varied townships,
 * industries and types; a fifth of them graduates or laid-off seekers) and, per round, 500 newly opened jobs, then
 * publishes one {@link JobsOpened} for the 500 (what an import run does) and measures until every digest recipient,
 * inbox message and outbox row is written. Prints a markdown table.
 *
 * <p>Args: {@code [rounds] [subscribers] [jobs]} (default 3, 20000, 500). Further {@code --key=value} args go to Spring.
 */
public final class JobAlertBench {

    private JobAlertBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> springArgs = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (String a : args) {
            (a.startsWith("--") ? springArgs : positional).add(a);
        }
        int rounds = positional.isEmpty() ? 3 : Integer.parseInt(positional.get(0));
        int subscribers = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 20_000;
        int jobs = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 500;
        // its log line splits matching from enqueueing
        springArgs.add("--logging.level.cn.dengkou.bizservice.job.JobAlertDigests=INFO");
        BenchApplication.run(springArgs, ctx -> {
            run(ctx, rounds, subscribers, jobs);
            return 0;
        });
    }

    private static void run(ConfigurableApplicationContext ctx, int rounds, int subscribers, int jobs) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long t0 = System.nanoTime();
        seedSubscribers(jdbc, subscribers);
        System.err.printf("%d subscribers seeded in %.1f s%n", subscribers, (System.nanoTime() - t0) / 1e9);
        StringBuilder table = new StringBuilder("| round | jobs | subscribers | recipients | priority | inbox rows | "
                + "outbox rows (lane 0) | fan-out ms |\n|---|---|---|---|---|---|---|---|\n");
        for (int r = 1; r <= rounds; r++) {
            List<Long> ids = seedJobs(jdbc, jobs, "BENCH" + r);
            String batchKey = "import:bench-" + r + "-" + System.nanoTime();
            long start = System.nanoTime();
            ctx.publishEvent(new JobsOpened(ids, batchKey));
            long ms = (System.nanoTime() - start) / 1_000_000;
            Long task = jdbc.queryForObject("SELECT push_task_id FROM job_alert_digest WHERE batch_key = ?", Long.class, batchKey);
            var d = jdbc.queryForMap("SELECT recipients, priority FROM job_alert_digest WHERE batch_key = ?", batchKey);
            long inbox = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE task_id = ?", Long.class, task);
            long outbox = jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ?", Long.class, task);
            long lane0 = jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND lane = 0", Long.class, task);
            long twice = jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT user_id) FROM inbox_message WHERE task_id = ?",
                    Long.class, task);
            if (twice != 0) {
                throw new IllegalStateException("a subscriber got two messages of one digest");
            }
            table.append(String.format("| %d | %d | %d | %s | %s | %d | %d (%d) | %d |%n", r, jobs, subscribers,
                    d.get("recipients"), d.get("priority"), inbox, outbox, lane0, ms));
        }
        System.out.println();
        System.out.println(table);
    }

    /**
     * Users 1..n: openid, one send of job-template quota, alert lists (a third any township, the rest one or two of
     * them; a quarter one industry; a sixth seasonal work only), every tenth a graduate and every tenth a laid-off seeker.
     */
    private static void seedSubscribers(JdbcTemplate jdbc, int n) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) "
                + "SELECT CONCAT('bench-alert-', seq), 'OWNER', 1, ?, ? FROM " + SqlSequence.upTo(n), now, now);
        String users = "SELECT id, CAST(SUBSTRING(openid, 13) AS UNSIGNED) AS k FROM app_user WHERE openid LIKE 'bench-alert-%'";
        jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                + "SELECT u.id, 'tpl-bench-job', 1, 'accept', ? FROM (" + users + ") u", now);
        jdbc.update("INSERT INTO job_alert (user_id, county, townships, industries, job_types, origin, created_at, updated_at) "
                + "SELECT u.id, '150822', "
                + "CASE MOD(u.k, 3) WHEN 0 THEN '[]' WHEN 1 THEN ELT(MOD(u.k, 5) + 1, '[\"BYGL\"]', '[\"LSH\"]', '[\"DK\"]', "
                + "'[\"BLNZ\"]', '[\"SJTH\"]') ELSE '[\"BYGL\", \"DK\"]' END, "
                + "CASE WHEN MOD(u.k, 4) = 0 THEN ELT(MOD(u.k, 8) DIV 4 + 1, '[\"A\"]', '[\"F\"]') ELSE '[]' END, "
                + "CASE WHEN MOD(u.k, 6) = 0 THEN '[\"SEASONAL\"]' ELSE '[]' END, "
                + "CASE WHEN MOD(u.k, 10) IN (0, 1) THEN 'PROFILE' ELSE 'OWN' END, ?, ? FROM (" + users + ") u", now, now);
        jdbc.update("INSERT INTO job_seeker (user_id, county, situation, townships, industries, job_types, created_at, updated_at) "
                + "SELECT a.user_id, a.county, IF(MOD(u.k, 10) = 0, 'GRADUATE', 'LAID_OFF'), a.townships, a.industries, "
                + "a.job_types, ?, ? FROM job_alert a JOIN (" + users + ") u ON u.id = a.user_id WHERE MOD(u.k, 10) IN (0, 1)",
                now, now);
    }

    /** n open jobs over the county's townships, eight industries and three types. */
    private static List<Long> seedJobs(JdbcTemplate jdbc, int n, String source) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO job (county, title, employer, township, industry, job_type, headcount, contact_phone, "
                + "valid_until, status, source, external_id, created_at, updated_at, published_at) "
                + "SELECT '150822', CONCAT('基准岗位', seq), '基准用人单位', "
                + "ELT(MOD(seq, 6) + 1, 'BYGL', 'LSH', 'DK', 'BLNZ', 'SJTH', 'FARMS'), "
                + "ELT(MOD(seq, 8) + 1, 'A', 'C', 'E', 'F', 'H', 'I', 'L', 'O'), "
                + "ELT(MOD(seq, 3) + 1, 'FULL_TIME', 'PART_TIME', 'SEASONAL'), 3, '13800000000', ?, 'OPEN', ?, "
                + "CONCAT('b', seq), ?, ?, ? FROM " + SqlSequence.upTo(n), LocalDate.now().plusDays(30), source, now, now, now);
        return jdbc.queryForList("SELECT id FROM job WHERE source = ? ORDER BY id", Long.class, source);
    }
}
