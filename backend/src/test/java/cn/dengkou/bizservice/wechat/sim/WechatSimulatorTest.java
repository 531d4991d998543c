package cn.dengkou.bizservice.wechat.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.LOGIN;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.PHONE;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SEC_CHECK;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SEND;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SIM_APPID;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SIM_SECRET;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.STABLE_TOKEN;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.STATS;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's contract, spoken to over plain HTTP. */
class WechatSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WechatSimulator sim;

    @BeforeAll
    static void start() {
        sim = WechatSimulator.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void reset() {
        sim.reset();
    }

    @Test
    void sharedIsOneInstancePerJvm() {
        assertThat(WechatSimulator.shared()).isSameAs(WechatSimulator.shared());
        assertThat(WechatSimulator.shared().baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(sim.appid()).isEqualTo(SIM_APPID);
        assertThat(sim.secret()).isEqualTo(SIM_SECRET);
    }

    @Test
    void tokenChecksCredentials() throws Exception {
        assertThat(get(TOKEN, Map.of("grant_type", "client_credential", "appid", SIM_APPID, "secret", "wrong"))
                .path("errcode").asInt()).isEqualTo(40125);
        assertThat(get(TOKEN, Map.of("grant_type", "client_credential", "appid", "wx-other", "secret", SIM_SECRET))
                .path("errcode").asInt()).isEqualTo(40013);
        JsonNode ok = get(TOKEN, Map.of("grant_type", "client_credential", "appid", SIM_APPID, "secret", SIM_SECRET));
        assertThat(ok.path("access_token").asText()).startsWith("sim-token-");
        assertThat(ok.path("expires_in").asInt()).isEqualTo(7200);
    }

    @Test
    void stableTokenStaysTheSameUntilForceRefreshOrExpiry() throws Exception {
        String first = stableToken(false);
        assertThat(stableToken(false)).isEqualTo(first);
        String forced = stableToken(true);
        assertThat(forced).isNotEqualTo(first);
        assertThat(stableToken(false)).isEqualTo(forced);
        sim.expireTokens();
        assertThat(stableToken(false)).isNotEqualTo(forced);
    }

    @Test
    void callsNeedAValidToken() throws Exception {
        assertThat(post(SEC_CHECK, null, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x"))
                .path("errcode").asInt()).isEqualTo(41001);
        assertThat(post(SEC_CHECK, "made-up", Map.of("version", "2", "openid", "o", "scene", 1, "content", "x"))
                .path("errcode").asInt()).isEqualTo(40001);
        String token = stableToken(false);
        assertThat(post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x"))
                .path("errcode").asInt()).isZero();
        sim.reset(); // keeps tokens
        assertThat(post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x"))
                .path("errcode").asInt()).isZero();
        sim.expireTokens();
        assertThat(post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x"))
                .path("errcode").asInt()).isEqualTo(40001);
    }

    @Test
    void loginCodes() throws Exception {
        JsonNode dev = login("dev-owner-7");
        assertThat(dev.path("openid").asText()).isEqualTo("sim-openid-dev-owner-7").isEqualTo(WechatSimulator.openidFor("dev-owner-7"));
        assertThat(dev.has("session_key")).isTrue();
        assertThat(login("dev-owner-7").path("openid").asText()).isEqualTo("sim-openid-dev-owner-7");
        assertThat(login("0c1D2e").path("openid").asText()).isEqualTo(WechatSimulator.openidFor("0c1D2e"));
        assertThat(login("0c1D2e").path("errcode").asInt()).isEqualTo(40163);
        assertThat(login("invalid-code").path("errcode").asInt()).isEqualTo(40029);
        assertThat(login("bad*code").path("errcode").asInt()).isEqualTo(40029);
        assertThat(get(LOGIN, Map.of("appid", SIM_APPID, "secret", "nope", "js_code", "dev-1", "grant_type", "authorization_code"))
                .path("errcode").asInt()).isEqualTo(40125);
    }

    @Test
    void phoneNumbersAreDeterministic() throws Exception {
        String token = stableToken(false);
        JsonNode phone = post(PHONE, token, Map.of("code", "abc123"));
        assertThat(phone.path("errcode").asInt()).isZero();
        assertThat(phone.path("phone_info").path("purePhoneNumber").asText())
                .isEqualTo(WechatSimulator.phoneFor("abc123")).matches("138\\d{8}");
        assertThat(phone.path("phone_info").path("countryCode").asText()).isEqualTo("86");
        assertThat(post(PHONE, token, Map.of("code", "invalid")).path("errcode").asInt()).isEqualTo(40029);
    }

    @Test
    void subscribeSendChecksTheFields() throws Exception {
        String token = stableToken(false);
        String openid = WechatSimulator.openidFor("dev-owner-7");

        JsonNode tooLong = post(SEND, token, send(openid, "tmpl", Map.of("thing1", "x".repeat(21))));
        assertThat(tooLong.path("errcode").asInt()).isEqualTo(47003);
        assertThat(tooLong.path("errmsg").asText()).contains("data.thing1.value");

        assertThat(post(SEND, token, send(openid, "tmpl", Map.of("phrase2", "ok"))).path("errcode").asInt()).isEqualTo(47003);
        assertThat(post(SEND, token, send(openid, "tmpl", Map.of("time3", "2026-11-26"))).path("errcode").asInt()).isEqualTo(47003);
        assertThat(post(SEND, token, send(openid, "tmpl", Map.of("thing1", "a\u0001b"))).path("errcode").asInt()).isEqualTo(47003);
        assertThat(post(SEND, token, send("bad openid", "tmpl", Map.of("thing1", "ok"))).path("errcode").asInt()).isEqualTo(40003);
        assertThat(post(SEND, token, send(openid, "", Map.of("thing1", "ok"))).path("errcode").asInt()).isEqualTo(40037);
        assertThat(sim.sendCount(openid, "tmpl")).isZero();

        JsonNode ok = post(SEND, token, send(openid, "tmpl", Map.of("thing1", "x".repeat(20), "time2", "2026年11月26日 09:00",
                "character_string3", "NO-001", "number4", "12.5", "phrase5", "已通过")));
        assertThat(ok.path("errcode").asInt()).isZero();
        assertThat(sim.sendCount(openid, "tmpl")).isEqualTo(1);
        assertThat(sim.sendCount()).isEqualTo(1);
        assertThat(post(SEND, token, send("oABCDEFGHIJKLMNOPQRSTUVWXYZ1", "tmpl", Map.of("thing1", "ok"))).path("errcode").asInt())
                .isZero(); // a real-looking 28-character openid is accepted too
    }

    @Test
    void contentCheckVerdicts() throws Exception {
        String token = stableToken(false);
        assertThat(secCheck(token, "普通内容")).isEqualTo("pass");
        assertThat(secCheck(token, "含有违禁词")).isEqualTo("risky");
        assertThat(secCheck(token, "this is risky")).isEqualTo("risky");
        assertThat(secCheck(token, "needs review")).isEqualTo("review");
    }

    @Test
    void faultsAndCallRecords() throws Exception {
        String token = stableToken(false);
        sim.failNext(SEC_CHECK, 45009, 2);
        assertThat(post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x")).path("errcode").asInt()).isEqualTo(45009);
        assertThat(post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x")).path("errcode").asInt()).isEqualTo(45009);
        assertThat(secCheck(token, "x")).isEqualTo("pass");

        sim.failShare(SEC_CHECK, -1, 1.0);
        assertThat(post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x")).path("errcode").asInt()).isEqualTo(-1);
        sim.failShare(SEC_CHECK, -1, 0.5);
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            if (post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 1, "content", "x")).path("errcode").asInt() == -1) {
                failed++;
            }
        }
        assertThat(failed).isBetween(50, 150);

        assertThat(sim.calls(SEC_CHECK)).hasSize(204);
        SimCall first = sim.calls(SEC_CHECK).get(0);
        assertThat(first.errcode()).isEqualTo(45009);
        assertThat(first.query()).containsEntry("access_token", token);
        assertThat(first.json().path("content").asText()).isEqualTo("x");
        assertThat(first.at()).isNotNull();

        sim.reset();
        assertThat(sim.calls()).isEmpty();
        assertThat(secCheck(token, "x")).isEqualTo("pass");
    }

    @Test
    void delaysSlowTheAnswer() throws Exception {
        String token = stableToken(false);
        sim.delay(SEC_CHECK, Duration.ofMillis(300));
        long start = System.nanoTime();
        secCheck(token, "x");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void statsCountSendsPerRecipientAndAreNotACall() throws Exception {
        String token = stableToken(false);
        String a = WechatSimulator.openidFor("dev-owner-1");
        String b = WechatSimulator.openidFor("dev-owner-2");
        sim.reset();
        assertThat(get(STATS, Map.of()).path("sends").asInt()).isZero();
        for (String openid : new String[] {a, b, b}) {
            assertThat(post(SEND, token, send(openid, "tmpl", Map.of("thing1", "x"))).path("errcode").asInt()).isZero();
        }
        sim.delay(STATS, Duration.ofSeconds(30)); // faults do not apply to it
        JsonNode stats = get(STATS, Map.of());
        assertThat(stats.path("sends").asInt()).isEqualTo(3);
        assertThat(stats.path("recipients").asInt()).isEqualTo(2);
        assertThat(stats.path("duplicates").asInt()).isEqualTo(1);
        assertThat(stats.path("maxPerRecipient").asInt()).isEqualTo(2);
        assertThat(stats.path("duplicateKeys").get(0).asText()).isEqualTo(b + "|tmpl");
        assertThat(sim.duplicates()).containsExactly(Map.entry(b + "|tmpl", 2));
        assertThat(sim.calls()).extracting(SimCall::path).containsOnly(SEND);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String stableToken(boolean force) throws Exception {
        return post(STABLE_TOKEN, null, Map.of("grant_type", "client_credential", "appid", SIM_APPID, "secret", SIM_SECRET,
                "force_refresh", force)).path("access_token").asText();
    }

    private static JsonNode login(String code) throws Exception {
        return get(LOGIN, Map.of("appid", SIM_APPID, "secret", SIM_SECRET, "js_code", code, "grant_type", "authorization_code"));
    }

    private static String secCheck(String token, String content) throws Exception {
        return post(SEC_CHECK, token, Map.of("version", "2", "openid", "o", "scene", 2, "content", content))
                .path("result").path("suggest").asText();
    }

    private static Map<String, Object> send(String openid, String template, Map<String, String> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        values.forEach((k, v) -> data.put(k, Map.of("value", v)));
        return Map.of("touser", openid, "template_id", template, "miniprogram_state", "formal", "lang", "zh_CN", "data", data);
    }

    private static JsonNode get(String path, Map<String, String> query) throws Exception {
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path + q)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode post(String path, String token, Map<String, ?> body) throws Exception {
        String url = sim.baseUrl() + path + (token == null ? "" : "?access_token=" + token);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
