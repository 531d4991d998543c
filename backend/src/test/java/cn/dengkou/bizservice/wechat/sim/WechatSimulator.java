package cn.dengkou.bizservice.wechat.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake WeChat API server for tests and the local dev mode: the calls WxJava makes, WeChat's JSON
 * shapes (always HTTP 200, errors as {@code {"errcode":N,"errmsg":"..."}}), a record of every call
 * and injectable faults.
 *
 * <p>Login codes: {@code dev-*} codes may be reused (people and tests log in repeatedly), any other
 * well-formed code works once (then 40163), {@code invalid*} codes answer 40029. The openid of a
 * code is {@link #openidFor(String)}, the phone number {@link #phoneFor(String)}.
 */
public final class WechatSimulator {

    public static final String SIM_APPID = "wx-sim-appid";
    public static final String SIM_SECRET = "sim-secret";

    public static final String TOKEN = "/cgi-bin/token";
    public static final String STABLE_TOKEN = "/cgi-bin/stable_token";
    public static final String LOGIN = "/sns/jscode2session";
    public static final String PHONE = "/wxa/business/getuserphonenumber";
    public static final String SEND = "/cgi-bin/message/subscribe/send";
    public static final String SEC_CHECK = "/wxa/msg_sec_check";
    /**
     * Not a WeChat API: {@code GET} answers what the simulator received so far, for scripts that run
     * it in another process ({@link #stats()}). Never recorded as a call, never delayed or failed.
     */
    public static final String STATS = "/_sim/stats";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern SIM_OPENID = Pattern.compile("sim-openid-[A-Za-z0-9_-]{1,256}");
    private static final Pattern REAL_OPENID = Pattern.compile("[A-Za-z0-9_-]{28}");
    private static final Set<String> STATES = Set.of("developer", "trial", "formal");
    private static final Set<String> LANGS = Set.of("zh_CN", "en_US", "zh_HK", "zh_TW");

    static {
        // without TCP_NODELAY every answer waits ~40 ms for a delayed ACK (Nagle): far too slow for fan-out tests
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static WechatSimulator shared;

    private final HttpServer server;
    private final ExecutorService pool;
    private final SimFaults faults = new SimFaults();
    private final Queue<SimCall> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong(); // calls still running across a reset() are not recorded
    private volatile String stableToken;
    private volatile int tokenLifetimeSeconds = 7200;

    private WechatSimulator(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pool = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "wechat-sim");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The simulator the whole test JVM shares; started on first use. */
    public static synchronized WechatSimulator shared() {
        if (shared == null) {
            shared = start();
            WechatSimulator s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        }
        return shared;
    }

    /** A new simulator on a free port. */
    public static WechatSimulator start() {
        return start(0);
    }

    public static WechatSimulator start(int port) {
        return new WechatSimulator(port);
    }

    /** Runs standalone: {@code [port]}, default a free one. */
    public static void main(String[] args) {
        WechatSimulator sim = start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
        System.out.println("WeChat simulator on " + sim.baseUrl() + " (appid=" + SIM_APPID + ", secret=" + SIM_SECRET + ")");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String appid() {
        return SIM_APPID;
    }

    public String secret() {
        return SIM_SECRET;
    }

    public void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** Forgets calls, faults, sends and used codes; issued tokens stay valid. */
    public void reset() {
        generation.incrementAndGet();
        calls.clear();
        faults.clear();
        usedCodes.clear();
        sends.clear();
        tokenLifetimeSeconds = 7200;
    }

    // ---- faults -------------------------------------------------------------------------------

    /** The next {@code times} calls to {@code path} answer {@code errcode}. */
    public void failNext(String path, int errcode, int times) {
        faults.failNext(path, errcode, times);
    }

    /** A random {@code share} (0..1) of the calls to {@code path} answers {@code errcode}. */
    /**
     * The next {@code times} subscribe sends to this openid fail with {@code errcode}. Unlike {@link #failNext}
     * no other sender (a round or a retry left over from another test) can use the fault up.
     */
    public void failNextSendTo(String openid, int errcode, int times) {
        faults.failNextFor(SEND, openid, errcode, times);
    }

    public void failShare(String path, int errcode, double share) {
        faults.failShare(path, errcode, share);
    }

    /** Every call to {@code path} waits this long before it is answered. */
    public void delay(String path, Duration delay) {
        faults.delay(path, delay);
    }

    /** Every token issued so far becomes invalid: calls with it answer 40001. */
    public void expireTokens() {
        tokens.clear();
        stableToken = null;
    }

    /** The expires_in of tokens issued from now on (7200 by default). */
    public void tokenLifetime(Duration lifetime) {
        tokenLifetimeSeconds = (int) lifetime.toSeconds();
    }

    // ---- what happened ------------------------------------------------------------------------

    /** Calls to {@code path} the simulator is answering right now (held by a {@link #delay}, say). */
    public int inFlight(String path) {
        AtomicInteger n = inFlight.get(path);
        return n == null ? 0 : n.get();
    }

    public List<SimCall> calls() {
        return List.copyOf(calls);
    }

    public List<SimCall> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** Subscribe messages accepted for this user and template. */
    public int sendCount(String openid, String templateId) {
        AtomicInteger n = sends.get(openid + "|" + templateId);
        return n == null ? 0 : n.get();
    }

    /** Subscribe messages accepted in total. */
    public int sendCount() {
        return sends.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Keys {@code openid|templateId} that received more than one subscribe message, with their counts. */
    public Map<String, Integer> duplicates() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        sends.forEach((k, n) -> {
            if (n.get() > 1) {
                out.put(k, n.get());
            }
        });
        return out;
    }

    /**
     * What {@link #STATS} answers: {@code sends} accepted in total, distinct {@code recipients}
     * (openid and template), {@code duplicates} (recipients with more than one send),
     * {@code maxPerRecipient}, and up to 20 {@code duplicateKeys}.
     */
    public Map<String, Object> stats() {
        int total = 0;
        int max = 0;
        for (AtomicInteger n : sends.values()) {
            total += n.get();
            max = Math.max(max, n.get());
        }
        Map<String, Integer> dup = duplicates();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sends", total);
        out.put("recipients", sends.size());
        out.put("duplicates", dup.size());
        out.put("maxPerRecipient", max);
        out.put("duplicateKeys", dup.keySet().stream().limit(20).toList());
        return out;
    }

    /** The openid a login code maps to; the same code always gives the same openid. */
    public static String openidFor(String code) {
        return "sim-openid-" + code;
    }

    public static String unionidFor(String code) {
        return "sim-unionid-" + code;
    }

    /** A fake mainland mobile number derived from the phone code: 138 and 8 digits. */
    public static String phoneFor(String code) {
        return "138" + String.format("%08d", Math.floorMod(code.hashCode(), 100_000_000));
    }

    // ---- HTTP ---------------------------------------------------------------------------------

    private record Reply(int errcode, Map<String, Object> body) {
    }

    private static final Pattern TOUSER = Pattern.compile("\"touser\"\\s*:\\s*\"([^\"]*)\"");

    private static String recipient(String body) {
        Matcher m = TOUSER.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private void handle(HttpExchange exchange) {
        Instant at = Instant.now();
        long arrivedIn = generation.get();
        try {
            String path = exchange.getRequestURI().getPath();
            if (STATS.equals(path)) {
                answer(exchange, stats());
                return;
            }
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Reply reply;
            AtomicInteger running = inFlight.computeIfAbsent(path, p -> new AtomicInteger());
            running.incrementAndGet();
            try {
                int fault = faults.apply(path, SEND.equals(path) ? recipient(body) : null);
                if (generation.get() != arrivedIn) {
                    reply = error(-1, "system error: simulator was reset"); // a slow call from an earlier test changes nothing
                } else {
                    reply = fault != 0 ? error(fault, "simulated fault") : route(path, query, body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply = error(-1, "system error");
            } catch (RuntimeException e) {
                reply = error(-1, "system error: " + e);
            } finally {
                running.decrementAndGet();
            }
            if (generation.get() == arrivedIn) {
                calls.add(new SimCall(path, query, body, at, reply.errcode()));
            }
            SimAnswers.answered(reply.errcode());
            answer(exchange, reply.body());
        } catch (IOException ignored) {
            // the client gave up (a timeout test): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void answer(HttpExchange exchange, Map<String, Object> body) throws IOException {
        byte[] out = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(200, out.length);
        exchange.getResponseBody().write(out);
    }

    private Reply route(String path, Map<String, String> query, String body) {
        JsonNode json;
        try {
            json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return error(47001, "data format error");
        }
        return switch (path) {
            case TOKEN -> token(query);
            case STABLE_TOKEN -> stableToken(json);
            case LOGIN -> login(query);
            case PHONE -> needsToken(query, () -> phone(json));
            case SEND -> needsToken(query, () -> send(json));
            case SEC_CHECK -> needsToken(query, () -> secCheck(json));
            default -> error(40066, "invalid url");
        };
    }

    private Reply token(Map<String, String> q) {
        Reply bad = credentials(q.get("grant_type"), "client_credential", q.get("appid"), q.get("secret"));
        return bad != null ? bad : issued(issue(), tokenLifetimeSeconds);
    }

    private synchronized Reply stableToken(JsonNode json) {
        Reply bad = credentials(json.path("grant_type").asText(), "client_credential",
                json.path("appid").asText(null), json.path("secret").asText(null));
        if (bad != null) {
            return bad;
        }
        String current = stableToken;
        Instant expires = current == null ? null : tokens.get(current);
        if (!json.path("force_refresh").asBoolean(false) && expires != null && expires.isAfter(Instant.now())) {
            return issued(current, (int) Duration.between(Instant.now(), expires).toSeconds());
        }
        stableToken = issue();
        return issued(stableToken, tokenLifetimeSeconds);
    }

    private Reply login(Map<String, String> q) {
        Reply bad = credentials(q.get("grant_type"), "authorization_code", q.get("appid"), q.get("secret"));
        if (bad != null) {
            return bad;
        }
        String code = q.get("js_code");
        if (code == null || code.isBlank()) {
            return error(41008, "missing code");
        }
        if (!CODE.matcher(code).matches() || code.startsWith("invalid")) {
            return error(40029, "invalid code");
        }
        if (!code.startsWith("dev-") && !usedCodes.add(code)) {
            return error(40163, "code been used");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("openid", openidFor(code));
        out.put("session_key", "sim-session-" + UUID.randomUUID());
        out.put("unionid", unionidFor(code));
        return new Reply(0, out);
    }

    private Reply phone(JsonNode json) {
        String code = json.path("code").asText("");
        if (code.isBlank()) {
            return error(41008, "missing code");
        }
        if (!CODE.matcher(code).matches() || code.startsWith("invalid")) {
            return error(40029, "invalid code");
        }
        String phone = phoneFor(code);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("phoneNumber", phone);
        info.put("purePhoneNumber", phone);
        info.put("countryCode", "86");
        info.put("watermark", Map.of("timestamp", Instant.now().getEpochSecond(), "appid", SIM_APPID));
        return ok(Map.of("phone_info", info));
    }

    private Reply send(JsonNode json) {
        String touser = json.path("touser").asText("");
        String template = json.path("template_id").asText("");
        if (!SIM_OPENID.matcher(touser).matches() && !REAL_OPENID.matcher(touser).matches()) {
            return error(40003, "invalid openid");
        }
        if (template.isBlank()) {
            return error(40037, "invalid template_id");
        }
        if (json.has("miniprogram_state") && !STATES.contains(json.path("miniprogram_state").asText())) {
            return error(47003, "argument invalid! miniprogram_state invalid");
        }
        if (json.has("lang") && !LANGS.contains(json.path("lang").asText())) {
            return error(47003, "argument invalid! lang invalid");
        }
        JsonNode data = json.path("data");
        if (!data.isObject() || data.isEmpty()) {
            return error(47003, "argument invalid! data is empty");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue().path("value");
            String problem = value.isTextual() ? SimFieldRules.problem(field.getKey(), value.asText()) : "missing value";
            if (problem != null) {
                return error(47003, "argument invalid! data." + field.getKey() + ".value " + problem);
            }
        }
        sends.computeIfAbsent(touser + "|" + template, k -> new AtomicInteger()).incrementAndGet();
        return ok(Map.of("msgid", System.nanoTime()));
    }

    private Reply secCheck(JsonNode json) {
        if (!"2".equals(json.path("version").asText())) {
            return error(47001, "data format error: version must be 2");
        }
        if (json.path("openid").asText("").isBlank()) {
            return error(40003, "invalid openid");
        }
        int scene = json.path("scene").asInt(0);
        if (scene < 1 || scene > 4) {
            return error(47001, "data format error: scene");
        }
        String content = json.path("content").asText("");
        String suggest = content.contains("违禁") || content.contains("risky") ? "risky"
                : content.contains("review") ? "review" : "pass";
        int label = switch (suggest) {
            case "risky" -> 20006;
            case "review" -> 21000;
            default -> 100;
        };
        Map<String, Object> detail = Map.of("strategy", "content_model", "errcode", 0, "suggest", suggest,
                "label", label, "prob", 90);
        return ok(Map.of("result", Map.of("suggest", suggest, "label", label), "detail", List.of(detail),
                "trace_id", UUID.randomUUID().toString()));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Reply needsToken(Map<String, String> query, Supplier<Reply> next) {
        String token = query.get("access_token");
        if (token == null || token.isBlank()) {
            return error(41001, "access_token missing");
        }
        Instant expires = tokens.get(token);
        if (expires == null) {
            return error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (expires.isBefore(Instant.now())) {
            return error(42001, "access_token expired");
        }
        return next.get();
    }

    private static Reply credentials(String grantType, String expectedGrant, String appid, String secret) {
        if (!expectedGrant.equals(grantType)) {
            return error(40002, "invalid grant_type");
        }
        if (!SIM_APPID.equals(appid)) {
            return error(40013, "invalid appid");
        }
        if (!SIM_SECRET.equals(secret)) {
            return error(40125, "invalid appsecret");
        }
        return null;
    }

    private String issue() {
        String token = "sim-token-" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, Instant.now().plusSeconds(tokenLifetimeSeconds));
        return token;
    }

    private static Reply issued(String token, int expiresIn) {
        return new Reply(0, Map.of("access_token", token, "expires_in", expiresIn));
    }

    private static Reply ok(Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errcode", 0);
        out.put("errmsg", "ok");
        out.putAll(fields);
        return new Reply(0, out);
    }

    private static Reply error(int errcode, String errmsg) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errcode", errcode);
        out.put("errmsg", errmsg);
        return new Reply(errcode, out);
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }
}
