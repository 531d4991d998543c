package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.Application;
import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.LocalServers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registration benchmark (issue 12), a plain program run by {@code scripts/bench/event-bench.sh}, not a test: 1,000
 * distinct owners (bound, verified) register at the same moment for an event with 100 seats — one thread and one
 * request each — after two warm-up runs on their own events; in the same run 1,000 guests ask the cheapest endpoint
 * ({@code GET /api/v1/dictionaries/townships}) the same way, before and after, for the ratio. Prints a markdown table.
 * Further {@code --key=value} args go to Spring.
 */
public final class EventBench {

    private static final int OWNERS = 1_000;
    private static final int SEATS = 100;
    private static final String CHEAPEST = "/api/v1/dictionaries/townships";

    private EventBench() {
    }

    public static void main(String[] args) throws Exception {
        LocalServers servers = LocalServers.start(null);
        WechatSimulator sim = WechatSimulator.start();
        List<String> all = new ArrayList<>();
        servers.springProperties().forEach((k, v) -> all.add("--" + k + "=" + v));
        all.add("--app.wechat.api-base-url=" + sim.baseUrl());
        all.add("--app.wechat.appid=" + WechatSimulator.SIM_APPID);
        all.add("--app.wechat.secret=" + WechatSimulator.SIM_SECRET);
        all.add("--app.wechat.templates.event=tpl-bench-event");
        all.add("--app.event.check-in-key=bench-check-in-key-0123456789abcdef");
        all.add("--server.port=0");
        all.add("--app.push.dispatcher.enabled=false");
        all.add("--logging.level.root=WARN");
        all.addAll(List.of(args));
        ConfigurableApplicationContext ctx = SpringApplication.from(Application::main).run(all.toArray(String[]::new))
                .getApplicationContext();
        int code = 1;
        try {
            code = run(ctx);
        } finally {
            ctx.close();
            sim.stop();
        }
        System.exit(code);
    }

    private static int run(ConfigurableApplicationContext ctx) throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        SessionTokens sessions = ctx.getBean(SessionTokens.class);
        String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
        for (int warm = 0; warm < 2; warm++) {
            RegistrationRush.run(List.of(base), event(jdbc, "预热" + warm), owners(jdbc, sessions, "warm" + warm), false);
            RegistrationRush.guests(base, CHEAPEST, OWNERS);
        }
        List<String> tokens = owners(jdbc, sessions, "run");
        long eventId = event(jdbc, "千人抢百座");
        String loadBefore = load();
        RegistrationRush.Result before = RegistrationRush.guests(base, CHEAPEST, OWNERS);
        RegistrationRush.Result reg = RegistrationRush.run(List.of(base), eventId, tokens, false);
        RegistrationRush.Result after = RegistrationRush.guests(base, CHEAPEST, OWNERS);
        String loadAfter = load();
        int seats = jdbc.queryForObject("SELECT confirmed FROM event WHERE id = ?", Integer.class, eventId);
        StringBuilder out = new StringBuilder();
        out.append("| run | req/s | vs cheapest | p50 | p99 | outcome |\n|---|---|---|---|---|---|\n");
        out.append(row("`GET " + CHEAPEST + "`, guests (**cheapest**), before", before, before));
        out.append(row("`POST /api/v1/events/{id}/registrations`, 1,000 owners, 100 seats", reg, before));
        out.append(row("`GET " + CHEAPEST + "`, guests (**cheapest**), after", after, before));
        out.append(String.format("%nseat counter after the run: %d of %d; load average before %s, after %s%n", seats, SEATS,
                loadBefore, loadAfter));
        System.out.print(out);
        boolean exact = reg.count("CONFIRMED") == SEATS && reg.count("WAITLISTED") == OWNERS - SEATS && seats == SEATS;
        return exact ? 0 : 1;
    }

    private static String row(String name, RegistrationRush.Result r, RegistrationRush.Result cheapest) {
        return String.format("| %s | %,.0f | %.0f%% | %.0f ms | %.0f ms | %s |%n", name, r.perSecond(),
                100 * r.perSecond() / cheapest.perSecond(), r.percentileMillis(50), r.percentileMillis(99), r.outcomes());
    }

    /** A published event with the seats, open for registration now. */
    private static long event(JdbcTemplate jdbc, String title) {
        LocalDateTime now = LocalDateTime.now(cn.dengkou.bizservice.common.TimeConfig.ZONE);
        jdbc.update("INSERT INTO event (county, title, kind, description, description_text, start_at, end_at, address, "
                + "capacity, confirmed, registration_deadline, audience, open_to_unbound, status, managed_by, created_by, "
                + "published_at, created_at, updated_at) VALUES ('150822', ?, 'TRAINING', '', '', ?, ?, '会议室', ?, 0, ?, "
                + "'{}', 0, 'PUBLISHED', 'ASSOCIATION', 0, ?, ?, ?)", title, now.plusDays(2), now.plusDays(2).plusHours(2),
                SEATS, now.plusDays(1), now, now, now);
        long id = jdbc.queryForObject("SELECT MAX(id) FROM event", Long.class);
        jdbc.update("INSERT INTO event_county (county, event_id) VALUES ('150822', ?)", id);
        return id;
    }

    /** {@value OWNERS} owners with verified businesses, and a token each. */
    private static List<String> owners(JdbcTemplate jdbc, SessionTokens sessions, String prefix) {
        LocalDateTime now = LocalDateTime.now();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            String openid = WechatSimulator.openidFor("bench-" + prefix + "-" + i);
            jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) VALUES (?, 'OWNER', 1, ?, ?)",
                    openid, now, now);
            long userId = jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
            jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, status, "
                    + "owner_user_id, created_at, updated_at) VALUES ('150822', ?, ?, '王五', 'INDIVIDUAL', 'F', 'DK', "
                    + "'VERIFIED', ?, ?, ?)", String.format("EB%016d", userId), "压测商户" + userId, userId, now, now);
            tokens.add(sessions.issue(new AuthUser(userId, Set.of(Role.OWNER), null), Duration.ofHours(1)));
        }
        return tokens;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
