package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.search.SearchTerms;
import cn.dengkou.bizservice.search.TermIndex;
import cn.dengkou.bizservice.support.BenchApplication;
import cn.dengkou.bizservice.support.SqlSequence;
import cn.dengkou.bizservice.targeting.Audience;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Owner notice-list benchmark (issue 4), a plain program run by {@code scripts/bench/notice-bench.sh}, not a test.
 *
 * <p>Seeds 20,000 bound, verified owners with varied profiles and 2,000 published notices with varied
 * audiences and Chinese bodies (search terms indexed), logs one owner in through wx-login on the WeChat
 * simulator, measures keyword search in SQL, then runs wrk on the cheapest endpoint
 * ({@code GET /api/v1/dictionaries/townships}, a guest read of an in-memory map) and on
 * {@code GET /api/v1/notices?page=1&size=20} as that owner, and prints a markdown table.
 *
 * <p>Args: {@code [seconds] [connections]} (default 20 s, 100). Further {@code --key=value} args go to Spring.
 * {@code two-counties} first (issue 10): the app serves 磴口县 and 杭锦后旗 with 20,000 owners in each (their own
 * townships); a third of the notices are 磴口县's, a third 杭锦后旗's, a third the prefecture's (half of those for both
 * counties, the rest for one); the 1,000 owners in turn alternate between the counties.
 */
public final class NoticeBench {

    private static final int OWNERS = 20_000;
    private static final String[] HANGJIN_TOWNSHIPS = {"SHB", "TDQ", "EDQ", "SDQ", "MH", "TJ", "SM", "SHH"};
    /** Two served counties of {@link #OWNERS} owners each (the {@code two-counties} argument). */
    private static boolean twoCounties;
    private static final int NOTICES = 2_000;
    private static final String[] KINDS = {"INDIVIDUAL", "ENTERPRISE"};
    private static final String[] INDUSTRIES = {"A", "C", "E", "F", "H", "I", "L", "O"};
    private static final String[] TOWNSHIPS = {"BYGL", "LSH", "DK", "BLNZ", "SJTH", "FARMS"};
    private static final String[] TAGS = {"SURVIVAL", "GROWTH", "DEVELOPMENT", "FAMOUS", "IND_TO_ENT_POOL",
            "SMALL_TO_SCALE_POOL", "FOUR_NEW", "SPECIALIZED"};
    private static final String[] CATEGORIES = {"FISCAL_TAX", "FINANCE", "EMPLOYMENT", "INNOVATION", "IND_TO_ENT",
            "SMALL_TO_SCALE", "AGRICULTURE", "TOURISM", "COST_RELIEF", "POLICY"};
    private static final String[] DEPARTMENTS = {"SAMR", "FINANCE", "TAX", "FINOFFICE", "HRSS", "COMMERCE", "AGRI"};
    private static final String[] PHRASES = {"符合条件的个体工商户可申请创业担保贷款", "对小微企业实行减税降费政策",
            "稳岗返还和技能提升补贴按季度申报", "个转企培育库内主体享受奖励资金", "注册登记一年以上的经营主体优先",
            "申报材料请通过蒙速办提交", "县市场监管局负责解释", "房租减免三个月", "一般纳税人增值税留抵退税",
            "农畜产品加工企业贷款贴息", "特色文旅经营者参加推介活动", "法律服务进企业免费咨询", "电子营业执照全程网办",
            "首贷续贷中心提供融资对接", "小升规企业一次性奖励", "专精特新企业认定", "RCEP 出口原产地证书", "PDF 附件下载"};

    private NoticeBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 20;
        int connections = 100;
        List<String> springArgs = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (String a : args) {
            (a.startsWith("--") ? springArgs : positional).add(a);
        }
        if (!positional.isEmpty() && "two-counties".equals(positional.get(0))) {
            positional.remove(0);
            twoCounties = true;
            springArgs.add(0, "--app.counties=150822,150826");
        }
        if (!positional.isEmpty()) {
            seconds = Integer.parseInt(positional.get(0));
        }
        if (positional.size() > 1) {
            connections = Integer.parseInt(positional.get(1));
        }
        int secs = seconds;
        int conns = connections;
        BenchApplication.run(springArgs, ctx -> {
            try {
                return run(ctx, secs, conns);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static int run(ConfigurableApplicationContext ctx, int seconds, int connections) throws Exception {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        String base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
        long t0 = System.nanoTime();
        seedOwners(jdbc);
        System.err.printf("owners seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        seedNotices(jdbc);
        ctx.getBean(NoticeCatalog.class).changed();
        System.err.printf("notices seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        long terms = jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE kind = 'notice'", Long.class);

        String token = ownerToken(jdbc, base);
        List<String> searches = search(ctx.getBean(TermIndex.class));

        String cheap = base + "/api/v1/dictionaries/townships";
        String list = base + "/api/v1/notices?page=1&size=20";
        String auth = "Authorization: Bearer " + token;
        JsonNode first = new ObjectMapper().readTree(get(list, token));
        System.err.println("first item of the owner's list: " + first.get("items").get(0).get("title").asText()
                + " " + first.get("items").get(0).get("matchReasons") + ", total " + first.get("total"));
        String inProcess = inProcess(ctx, jdbc);
        System.err.println(inProcess);
        Path tokens = manyOwners(base, MANY);
        String loadBefore = load();
        // warm-up of every measured path: the JIT needs a while on 2 busy cores; a production server is warm
        wrk(cheap, null, null, 15, connections);
        wrk(cheap, auth, null, 15, connections);
        wrk(list, null, null, 15, connections);
        wrk(list, auth, null, 15, connections);
        // two rounds of the same five runs: the first run of a round was seen to be slower than the
        // rest, so the goal must hold in both rounds, each against its own cheapest-endpoint run
        boolean ok = true;
        StringBuilder tables = new StringBuilder();
        for (int round = 1; round <= 2; round++) {
            Wrk c = wrk(cheap, null, null, seconds, connections);
            Wrk cOwner = wrk(cheap, auth, null, seconds, connections);
            Wrk lGuest = wrk(list, null, null, seconds, connections);
            Wrk l = wrk(list, auth, null, seconds, connections);
            Wrk lMany = wrk(list, null, tokens, seconds, connections);
            double ratio = l.rps / c.rps;
            boolean meets = ratio >= 0.5 && l.p99Millis <= 50 && l.errors == 0;
            ok &= meets;
            tables.append(String.format("Round %d:%n%n", round));
            tables.append("| Endpoint | req/s | vs cheapest | p50 | p99 | non-2xx/errors |\n|---|---|---|---|---|---|\n");
            tables.append(row("`GET /api/v1/dictionaries/townships`, guest (**cheapest**)", c, c));
            tables.append(row("`GET /api/v1/dictionaries/townships`, owner token (auth cost)", cOwner, c));
            tables.append(row("`GET /api/v1/notices?page=1&size=20`, guest", lGuest, c));
            tables.append(row("`GET /api/v1/notices?page=1&size=20`, **one bound owner** (the goal)", l, c));
            tables.append(row(String.format("`GET /api/v1/notices?page=1&size=20`, %,d bound owners in turn", MANY), lMany, c));
            tables.append(String.format("%nGoal (one bound owner), round %d: ratio %.0f%% (>= 50%%), p99 %s (<= 50 ms): %s%n%n",
                    round, ratio * 100, l.p99, meets ? "meets" : "does not meet"));
        }
        String loadAfter = load();

        System.out.println();
        System.out.printf("Notice list benchmark%s: %,d bound verified owners, %,d published notices, wrk -t2 -c%d -d%ds --latency, "
                        + "%d CPUs, load average before %s, after %s%n%n",
                twoCounties ? " (two counties: 磴口县 and 杭锦后旗)" : "", owners(), NOTICES, connections, seconds,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        System.out.print(tables);
        System.out.printf("Goal in both rounds: %s%n", ok ? "meets" : "does not meet");
        System.out.println();
        System.out.printf("Search (SQL on search_term, %,d rows for %,d notices), 50 runs each after 5 warm-up runs:%n%n", terms, NOTICES);
        System.out.println(inProcess);
        System.out.println();
        System.out.println("| q | terms | hits | median | p95 |");
        System.out.println("|---|---|---|---|---|");
        searches.forEach(System.out::println);
        return ok ? 0 : 3;
    }

    private static int owners() {
        return twoCounties ? 2 * OWNERS : OWNERS;
    }

    private static void seedOwners(JdbcTemplate jdbc) {
        String seq = SqlSequence.upTo(owners());
        jdbc.update("INSERT INTO app_user (openid, roles, enabled, created_at, updated_at) "
                + "SELECT CONCAT('sim-openid-dev-bench-', seq), 'OWNER', 1, NOW(3), NOW(3) FROM " + seq);
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, registered_on, taxpayer_type, "
                + "status, owner_user_id, created_at, updated_at) "
                + "SELECT " + (twoCounties ? "IF(u.id % 2 = 0, '150826', '150822')" : "'150822'")
                + ", CONCAT('BN', LPAD(u.id, 16, '0')), CONCAT('基准商户', u.id), '张三', "
                + "IF(u.id % 3 = 0, 'ENTERPRISE', 'INDIVIDUAL'), ELT(1 + u.id % 8, 'A','C','E','F','H','I','L','O'), "
                + (twoCounties ? "IF(u.id % 2 = 0, ELT(1 + u.id % 8, 'SHB','TDQ','EDQ','SDQ','MH','TJ','SM','SHH'), "
                + "ELT(1 + u.id % 6, 'BYGL','LSH','DK','BLNZ','SJTH','FARMS'))"
                : "ELT(1 + u.id % 6, 'BYGL','LSH','DK','BLNZ','SJTH','FARMS')") + ", DATE_SUB('2026-06-01', INTERVAL u.id % 2500 DAY), "
                + "IF(u.id % 4 = 0, 'GENERAL', IF(u.id % 4 = 1, 'SMALL_SCALE', NULL)), 'VERIFIED', u.id, NOW(3), NOW(3) "
                + "FROM app_user u WHERE u.openid LIKE 'sim-openid-dev-bench-%'");
        jdbc.update("INSERT INTO business_tag (business_id, tag) SELECT id, "
                + "ELT(1 + id % 8, 'SURVIVAL','GROWTH','DEVELOPMENT','FAMOUS','IND_TO_ENT_POOL','SMALL_TO_SCALE_POOL','FOUR_NEW','SPECIALIZED') "
                + "FROM business WHERE uscc LIKE 'BN%' AND id % 2 = 0");
    }

    /** 2,000 published notices, a quarter for everyone, the rest for 1–3 dimensions of the profile. */
    private static void seedNotices(JdbcTemplate jdbc) {
        Random rnd = new Random(4);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        LocalDateTime now = LocalDateTime.now().minusMinutes(1);
        List<Object[]> targets = new ArrayList<>();
        List<Object[]> depts = new ArrayList<>();
        List<Object[]> termRows = new ArrayList<>();
        for (int i = 0; i < NOTICES; i++) {
            List<String> kinds = List.of();
            List<String> industries = List.of();
            List<String> townships = List.of();
            List<String> tags = List.of();
            List<String> taxpayer = List.of();
            LocalDate regTo = null;
            if (i % 4 != 0) {
                for (int d = 0, dims = 1 + rnd.nextInt(3); d < dims; d++) {
                    switch (rnd.nextInt(6)) {
                        case 0 -> kinds = List.of(KINDS[rnd.nextInt(2)]);
                        case 1 -> industries = List.of(INDUSTRIES[rnd.nextInt(8)], INDUSTRIES[rnd.nextInt(8)]);
                        case 2 -> townships = twoCounties && i % 3 == 1
                                ? List.of(HANGJIN_TOWNSHIPS[rnd.nextInt(8)]) : List.of(TOWNSHIPS[rnd.nextInt(6)]);
                        case 3 -> tags = List.of(TAGS[rnd.nextInt(8)]);
                        case 4 -> taxpayer = List.of("GENERAL");
                        default -> regTo = LocalDate.of(2025, 6, 1);
                    }
                }
            }
            Audience a = new Audience(kinds, industries, townships, tags, null, regTo, taxpayer);
            // two counties: 磴口县's, 杭锦后旗's, the prefecture's (for both, or for one; a prefecture township audience is 磴口县's)
            String county = !twoCounties ? "150822" : i % 3 == 0 ? "150822" : i % 3 == 1 ? "150826" : "150800";
            if (twoCounties && i % 3 == 2) {
                a = a.counties(!townships.isEmpty() || i % 2 == 0 ? List.of("150822") : List.of("150822", "150826"));
            }
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 12; p++) {
                body.append(PHRASES[rnd.nextInt(PHRASES.length)]).append('，');
            }
            String title = "第" + (i + 1) + "号 " + PHRASES[rnd.nextInt(PHRASES.length)];
            String summary = PHRASES[rnd.nextInt(PHRASES.length)];
            String text = body.toString();
            Timestamp at = Timestamp.valueOf(now.minusMinutes(NOTICES - i));
            String audience;
            try {
                audience = json.writeValueAsString(a);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            jdbc.update("INSERT INTO notice (county, title, summary, body, body_text, category, audience, status, created_by, "
                            + "published_by, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', 1, 1, ?, ?, ?)",
                    county, title, summary, "<p>" + text + "</p>", text, CATEGORIES[i % CATEGORIES.length], audience, at, at, at);
            long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
            NoticeAudiences.targetRows(a).forEach(t -> targets.add(new Object[] {id, t.dimension(), t.code()}));
            depts.add(new Object[] {id, DEPARTMENTS[i % DEPARTMENTS.length]});
            SearchTerms.indexTerms(title, summary, text).forEach(t -> termRows.add(new Object[] {t, id}));
        }
        jdbc.batchUpdate("INSERT INTO notice_target (notice_id, dimension, code) VALUES (?, ?, ?)", targets);
        jdbc.batchUpdate("INSERT INTO notice_department (notice_id, department) VALUES (?, ?)", depts);
        jdbc.batchUpdate("INSERT IGNORE INTO search_term (kind, term, subject_id) VALUES ('notice', ?, ?)", termRows);
    }

    /** An owner logged in through wx-login on the simulator, bound to a verified business like the seeded ones. */
    private static String ownerToken(JdbcTemplate jdbc, String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/wx-login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"dev-notice-bench-owner\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("wx-login failed: " + r.statusCode());
        }
        JsonNode login = new ObjectMapper().readTree(r.body());
        String token = login.get("token").asText();
        long userId = login.get("user").get("id").asLong();
        jdbc.update("INSERT INTO business (county, uscc, name, operator_name, kind, industry, township, registered_on, taxpayer_type, "
                + "status, owner_user_id, created_at, updated_at) VALUES ('150822', 'BNBENCHOWNER00001', '基准测试个体户', '李四', "
                + "'INDIVIDUAL', 'F', 'LSH', '2020-05-01', 'GENERAL', 'VERIFIED', ?, NOW(3), NOW(3))", userId);
        jdbc.update("INSERT INTO business_tag (business_id, tag) SELECT id, 'IND_TO_ENT_POOL' FROM business WHERE owner_user_id = ?", userId);
        return token;
    }

    /** One thread, no HTTP: the listing call and its JSON, per request, after warm-up. */
    private static String inProcess(ConfigurableApplicationContext ctx, JdbcTemplate jdbc) throws Exception {
        NoticeListing listing = ctx.getBean(NoticeListing.class);
        ObjectMapper json = ctx.getBean(ObjectMapper.class);
        long userId = jdbc.queryForObject("SELECT owner_user_id FROM business WHERE uscc = 'BNBENCHOWNER00001'", Long.class);
        var owner = new cn.dengkou.bizservice.common.AuthUser(userId,
                java.util.Set.of(cn.dengkou.bizservice.common.Role.OWNER), null);
        var page = new cn.dengkou.bizservice.common.PageQuery(1, 20);
        var query = new NoticeListing.Query(null, null, null);
        int n = 3000;
        for (int i = 0; i < n; i++) {
            json.writeValueAsBytes(listing.list(query, page, owner).value());
        }
        long t0 = System.nanoTime();
        Object last = null;
        for (int i = 0; i < n; i++) {
            last = listing.list(query, page, owner).value();
        }
        double listUs = (System.nanoTime() - t0) / 1e3 / n;
        t0 = System.nanoTime();
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes = json.writeValueAsBytes(last).length;
        }
        double jsonUs = (System.nanoTime() - t0) / 1e3 / n;
        return String.format("In-process, one thread: `NoticeListing.list` (a cached page of 20 of 2,000 notices) %.0f µs/call; "
                + "rendering its JSON again (%,d bytes; cached pages keep theirs) %.0f µs/call", listUs, bytes, jsonUs);
    }

    private static List<String> search(TermIndex terms) {
        List<String> rows = new ArrayList<>();
        for (String q : new String[] {"担保贷款", "减税降费", "个体工商户 补贴", "rcep 原产地", "税", "蒙速办提交材料", "不存在的词语"}) {
            List<SearchTerms.QueryTerm> qt = SearchTerms.queryTerms(q);
            int hits = 0;
            for (int i = 0; i < 5; i++) {
                hits = terms.matching(Notice.KIND, q).size();
            }
            double[] ms = new double[50];
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                terms.matching(Notice.KIND, q);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            rows.add(String.format("| %s | %d | %,d | %.1f ms | %.1f ms |", q, qt.size(), hits, ms[25], ms[47]));
        }
        return rows;
    }

    private static final int MANY = 1_000;

    private static String row(String name, Wrk w, Wrk cheapest) {
        return String.format("| %s | %,.0f | %.0f%% | %s | %s | %d |%n", name, w.rps, 100 * w.rps / cheapest.rps, w.p50, w.p99,
                w.errors);
    }

    /** Logs {@code n} seeded owners in (wx-login on the simulator) and writes a wrk script that takes their tokens in turn. */
    private static Path manyOwners(String base, int n) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> logins = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            logins.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/wx-login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"dev-bench-" + i + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (logins.size() == 50 || i == n) {
                for (var f : logins) {
                    HttpResponse<String> r = f.get();
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("wx-login failed: " + r.statusCode());
                    }
                    tokens.add(json.readTree(r.body()).get("token").asText());
                }
                logins.clear();
            }
        }
        Path list = Files.createTempFile("notice-bench-tokens", ".txt");
        Files.write(list, tokens);
        Path script = Files.createTempFile("notice-bench", ".lua");
        Files.writeString(script, String.join("\n",
                "local tokens = {}",
                "for line in io.lines(\"" + list + "\") do tokens[#tokens + 1] = line end",
                "local i = math.random(#tokens)",
                "request = function()",
                "  i = i % #tokens + 1",
                "  return wrk.format(nil, nil, {[\"Authorization\"] = \"Bearer \" .. tokens[i]})",
                "end", ""));
        return script;
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private record Wrk(double rps, String p50, String p99, double p99Millis, long errors) {
    }

    private static Wrk wrk(String url, String header, Path script, int seconds, int connections) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (header != null) {
            cmd.addAll(List.of("-H", header));
        }
        if (script != null) {
            cmd.addAll(List.of("-s", script.toString()));
        }
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.err.println(out.replace(header == null ? "\0" : header, "Authorization: Bearer …"));
        double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)"));
        String p50 = find(out, "\\s50%\\s+([\\d.]+\\w+)");
        String p99 = find(out, "\\s99%\\s+([\\d.]+\\w+)");
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher sock = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(out);
        if (sock.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(sock.group(g));
            }
        }
        return new Wrk(rps, p50, p99, millis(p99), errors);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("wrk output without " + regex + ":\n" + text);
        }
        return m.group(1);
    }

    private static double millis(String v) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s)").matcher(v);
        if (!m.matches()) {
            throw new IllegalStateException("latency " + v);
        }
        double x = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> x / 1000;
            case "ms" -> x;
            default -> x * 1000;
        };
    }

    private static String load() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
