package cn.dengkou.bizservice.wechat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import cn.dengkou.bizservice.wechat.WechatTestKit.Wired;
import cn.dengkou.bizservice.wechat.sim.SimCall;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.LOGIN;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.PHONE;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SEC_CHECK;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SEND;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.SIM_SECRET;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.STABLE_TOKEN;
import static cn.dengkou.bizservice.wechat.sim.WechatSimulator.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/** WechatClient through real WxJava, real Redis and the simulator; no Spring context. */
class WechatClientTest {

    private static final String OPENID = WechatSimulator.openidFor("dev-owner-7");
    private static final Map<String, String> DATA = Map.of("thing1", "新公告", "time2", "2026年11月26日 09:00");

    private static WechatSimulator sim;
    private final List<Wired> wired = new ArrayList<>();
    private String keyPrefix;

    @BeforeAll
    static void startSimulator() {
        sim = WechatSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @BeforeEach
    void freshState() {
        sim.reset();
        keyPrefix = WechatTestKit.newKeyPrefix(); // a fresh token store per test
    }

    @AfterEach
    void closeClients() throws IOException {
        for (Wired w : wired) {
            w.close();
        }
        WechatTestKit.jedis().del(WechatTestKit.tokenKey(keyPrefix));
    }

    private WechatClient client() {
        return client(WechatTestKit.props(sim));
    }

    private WechatClient client(WechatProperties props) {
        Wired w = WechatTestKit.wire(props, keyPrefix);
        wired.add(w);
        return w.client();
    }

    /** The WechatException a call throws; fails the test when it throws nothing. */
    private static WechatException thrown(ThrowingCallable call) {
        WechatException e = catchThrowableOfType(WechatException.class, call);
        if (e == null) {
            fail("expected a WechatException");
        }
        return e;
    }

    // ---- login ----------------------------------------------------------------------------------

    @Test
    void loginReturnsTheOpenidOfTheCode() {
        WechatClient client = client();
        WxSession session = client.login("dev-owner-7");
        assertThat(session).isEqualTo(new WxSession(OPENID, WechatSimulator.unionidFor("dev-owner-7")));
        assertThat(client.login("dev-owner-7")).isEqualTo(session); // dev codes may be reused

        SimCall call = sim.calls(LOGIN).get(0);
        assertThat(call.query()).containsEntry("js_code", "dev-owner-7").containsEntry("grant_type", "authorization_code");
        assertThat(sim.calls(STABLE_TOKEN)).hasSize(1);
        assertThat(sim.calls(TOKEN)).isEmpty();
    }

    @Test
    void aUsedOrInvalidCodeFails() {
        WechatClient client = client();
        assertThat(client.login("0a1B2c3D4e").openid()).isEqualTo(WechatSimulator.openidFor("0a1B2c3D4e"));
        assertThat(thrown(() -> client.login("0a1B2c3D4e")).errcode())
                .isEqualTo(WechatException.CODE_USED);
        assertThat(thrown(() -> client.login("invalid-1")).errcode())
                .isEqualTo(WechatException.INVALID_CODE);
    }

    @Test
    void simulatorFaultsBecomeWechatExceptionsWithoutSecrets() {
        WechatClient client = client();
        sim.failNext(LOGIN, 40029, 1);
        WechatException invalid = thrown(() -> client.login("dev-a"));
        assertThat(invalid.errcode()).isEqualTo(40029);
        assertThat(invalid.isTimeout()).isFalse();
        assertThat(invalid.getMessage()).isEqualTo("WeChat call failed (errcode=40029)").doesNotContain(SIM_SECRET);
        assertThat(invalid.getCause()).isNull();

        sim.failNext(LOGIN, -1, 2); // WxJava repeats -1 once, after 1 s
        WechatException busy = thrown(() -> client.login("dev-a"));
        assertThat(busy.errcode()).isEqualTo(WechatException.SYSTEM_BUSY);
        assertThat(busy.getMessage()).doesNotContain(SIM_SECRET);
        assertThat(sim.calls(LOGIN)).hasSize(3);
    }

    @Test
    void oneSystemBusyIsRepeatedOnce() {
        WechatClient client = client();
        sim.failNext(LOGIN, -1, 1);
        assertThat(client.login("dev-b").openid()).isEqualTo(WechatSimulator.openidFor("dev-b"));
        assertThat(sim.calls(LOGIN)).extracting(SimCall::errcode).containsExactly(-1, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "bad code", "abc&secret=x", "a/b", "编码", "0a1b\n", "%20"})
    void malformedCodesAreRejectedWithoutAnyCall(String code) {
        WechatClient client = client();
        assertThat(thrown(() -> client.login(code)).errcode()).isEqualTo(40029);
        assertThat(thrown(() -> client.phoneNumber(code)).errcode()).isEqualTo(40029);
        assertThat(sim.calls()).isEmpty();
    }

    @Test
    void nullAndOverlongCodesAreRejectedWithoutAnyCall() {
        WechatClient client = client();
        assertThatThrownBy(() -> client.login(null)).isInstanceOf(WechatException.class);
        assertThatThrownBy(() -> client.login("a".repeat(257))).isInstanceOf(WechatException.class);
        assertThat(sim.calls()).isEmpty();
    }

    // ---- token ------------------------------------------------------------------------------------

    @Test
    void theTokenIsFetchedOnceAndSharedThroughRedis() throws Exception {
        WechatClient first = client();
        WechatClient second = client(); // same key prefix: another app instance on the same Redis
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                WechatClient c = i % 2 == 0 ? first : second;
                tasks.add(() -> c.checkText(OPENID, 2, "你好"));
            }
            for (Future<String> f : threads.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                assertThat(f.get()).isEqualTo("pass");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sim.calls(STABLE_TOKEN)).hasSize(1);
        assertThat(sim.calls(TOKEN)).isEmpty();
        assertThat(sim.calls(SEC_CHECK)).hasSize(32).allMatch(SimCall::ok);
        assertThat(WechatTestKit.jedis().ttl(WechatTestKit.tokenKey(keyPrefix))).isBetween(6900L, 7000L);
    }

    @Test
    void anInvalidatedTokenIsRefreshedAndTheSendRepeatedOnce() {
        WechatClient client = client();
        client.sendSubscribe(OPENID, "tmpl-notice", "pages/notice/detail?id=1", DATA);
        sim.expireTokens();

        client.sendSubscribe(OPENID, "tmpl-notice", "pages/notice/detail?id=1", DATA);

        assertThat(sim.calls(SEND)).extracting(SimCall::errcode).containsExactly(0, 40001, 0);
        assertThat(sim.calls(STABLE_TOKEN)).hasSize(2);
        assertThat(sim.sendCount(OPENID, "tmpl-notice")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {40001, 40014, 42001})
    void tokenErrorsAreRepeatedOnlyOnce(int errcode) {
        WechatClient client = client();
        sim.failNext(SEND, errcode, 1);
        client.sendSubscribe(OPENID, "tmpl-notice", null, DATA);
        assertThat(sim.calls(SEND)).extracting(SimCall::errcode).containsExactly(errcode, 0);

        sim.failNext(SEND, errcode, 2);
        assertThat(thrown(() -> client.sendSubscribe(OPENID, "tmpl-notice", null, DATA)).errcode()).isEqualTo(errcode);
        assertThat(sim.calls(SEND)).hasSize(4);
    }

    // ---- timeouts and I/O ---------------------------------------------------------------------------

    @Test
    void aSlowAnswerIsATimeout() {
        WechatClient client = client(WechatTestKit.props(sim.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(300), 4));
        client.checkText(OPENID, 1, "warm up the token");
        sim.delay(LOGIN, Duration.ofMillis(1500));
        long start = System.nanoTime();
        WechatException e = thrown(() -> client.login("dev-slow"));
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.errcode()).isEqualTo(WechatException.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));
    }

    @Test
    void aSlowTokenCallIsATimeoutToo() {
        WechatClient client = client(WechatTestKit.props(sim.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(300), 4));
        sim.delay(STABLE_TOKEN, Duration.ofMillis(1000));
        assertThat(thrown(() -> client.phoneNumber("p1")).isTimeout()).isTrue();
    }

    @Test
    void anUnreachableServerIsNotSentNotATimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WechatClient client = client(WechatTestKit.props("http://127.0.0.1:" + closedPort,
                Duration.ofMillis(500), Duration.ofMillis(500), 4));
        WechatException e = thrown(() -> client.login("dev-x"));
        assertThat(e.wasNotSent()).isTrue();
        assertThat(e.isTimeout()).isFalse();
        assertThat(e.errcode()).isEqualTo(WechatException.NOT_SENT);
    }

    @Test
    void theConnectionPoolIsBounded() throws Exception {
        WechatClient client = client(WechatTestKit.props(sim.baseUrl(), Duration.ofMillis(200), Duration.ofSeconds(3), 2));
        client.checkText(OPENID, 1, "warm up the token");
        sim.delay(SEC_CHECK, Duration.ofMillis(800));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> {
                    try {
                        client.checkText(OPENID, 1, "x");
                        return 0;
                    } catch (WechatException e) {
                        return e.errcode();
                    }
                });
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : threads.invokeAll(tasks, 10, TimeUnit.SECONDS)) {
                results.add(f.get());
            }
            // two calls get the two connections; the others wait 200 ms for one and give up unsent
            assertThat(results).containsOnly(0, WechatException.NOT_SENT);
            assertThat(results).filteredOn(r -> r == 0).hasSize(2);
        } finally {
            threads.shutdownNow();
        }
    }

    // ---- phone, content check, subscribe -------------------------------------------------------------

    @Test
    void phoneNumberIsThePureNumber() {
        WechatClient client = client();
        assertThat(client.phoneNumber("e31968a7f94cc5ee25fafc2aef2773f0")).isEqualTo(WechatSimulator.phoneFor("e31968a7f94cc5ee25fafc2aef2773f0"))
                .matches("138\\d{8}");
        assertThat(sim.calls(PHONE).get(0).json().path("code").asText()).isEqualTo("e31968a7f94cc5ee25fafc2aef2773f0");
        assertThat(thrown(() -> client.phoneNumber("invalid-phone")).errcode())
                .isEqualTo(40029);
    }

    @Test
    void checkTextReturnsWechatsSuggestion() {
        WechatClient client = client();
        assertThat(client.checkText(OPENID, 2, "今天天气很好")).isEqualTo("pass");
        assertThat(client.checkText(OPENID, 2, "这里有违禁内容")).isEqualTo("risky");
        assertThat(client.checkText(OPENID, 3, "please review this")).isEqualTo("review");
        SimCall call = sim.calls(SEC_CHECK).get(0);
        assertThat(call.json().path("version").asText()).isEqualTo("2");
        assertThat(call.json().path("openid").asText()).isEqualTo(OPENID);
        assertThat(call.json().path("scene").asInt()).isEqualTo(2);
    }

    @Test
    void longTextIsCheckedInPartsAndTheWorstVerdictWins() {
        WechatClient client = client();
        String text = "好".repeat(WechatClient.CHECK_LIMIT * 2) + "risky";
        assertThat(client.checkText(OPENID, 4, text)).isEqualTo("risky");
        assertThat(sim.calls(SEC_CHECK)).hasSize(3)
                .allMatch(c -> c.json().path("content").asText().length() <= WechatClient.CHECK_LIMIT);
        assertThat(client.checkText(OPENID, 4, "  ")).isEqualTo("pass");
        assertThat(sim.calls(SEC_CHECK)).hasSize(3);
        assertThatThrownBy(() -> client.checkText(OPENID, 5, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendSubscribeSendsStateLangPageAndCleanedData() {
        WechatClient client = client();
        Map<String, String> data = new TemplateData()
                .put("thing1", "关于开展2026年冬季供暖安全检查工作的通知（第二批）")
                .put("time2", LocalDateTime.of(2026, 11, 26, 9, 0))
                .toMap();
        client.sendSubscribe(OPENID, "tmpl-notice", "pages/notice/detail?id=7", data);

        SimCall call = sim.calls(SEND).get(0);
        assertThat(call.ok()).isTrue();
        assertThat(call.json().path("touser").asText()).isEqualTo(OPENID);
        assertThat(call.json().path("template_id").asText()).isEqualTo("tmpl-notice");
        assertThat(call.json().path("page").asText()).isEqualTo("pages/notice/detail?id=7");
        assertThat(call.json().path("miniprogram_state").asText()).isEqualTo("formal");
        assertThat(call.json().path("lang").asText()).isEqualTo("zh_CN");
        assertThat(call.json().path("data").path("thing1").path("value").asText()).hasSize(20).endsWith("…");
        assertThat(call.json().path("data").path("time2").path("value").asText()).isEqualTo("2026年11月26日 09:00");
        assertThat(sim.sendCount(OPENID, "tmpl-notice")).isEqualTo(1);
    }

    @Test
    void rawDataIsCleanedAndImpossibleValuesFailBeforeSending() {
        WechatClient client = client();
        client.sendSubscribe(OPENID, "tmpl-notice", null, Map.of("thing1", "x".repeat(50) + "\n"));
        assertThat(sim.calls(SEND).get(0).json().path("data").path("thing1").path("value").asText()).hasSize(20);
        assertThat(sim.calls(SEND).get(0).json().has("page")).isFalse();

        sim.reset();
        assertThat(thrown(() -> client.sendSubscribe(OPENID, "tmpl-notice", null, Map.of("number1", "1,000"))).errcode()).isEqualTo(WechatException.INVALID_DATA);
        assertThat(thrown(() -> client.sendSubscribe(" ", "tmpl-notice", null, DATA)).errcode()).isEqualTo(WechatException.INVALID_OPENID);
        assertThat(thrown(() -> client.sendSubscribe(OPENID, "", null, DATA)).errcode()).isEqualTo(WechatException.INVALID_TEMPLATE);
        assertThat(sim.calls()).isEmpty();
    }

    @Test
    void wechatRejectionsOfASendKeepTheirErrcode() {
        WechatClient client = client();
        sim.failNext(SEND, 43101, 1);
        assertThat(thrown(() -> client.sendSubscribe(OPENID, "tmpl-notice", null, DATA)).errcode()).isEqualTo(43101);
        assertThat(thrown(() -> client.sendSubscribe("not an openid", "tmpl-notice", null, DATA)).errcode()).isEqualTo(40003);
        assertThat(sim.calls(SEND)).hasSize(2); // neither is repeated
    }

    // ---- nothing secret in logs ------------------------------------------------------------------------

    @Test
    void noSecretOrTokenReachesTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            WechatClient client = client(WechatTestKit.props(sim.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(300), 4));
            client.login("dev-log");
            sim.failNext(LOGIN, 40029, 1);
            assertThatThrownBy(() -> client.login("dev-log")).isInstanceOf(WechatException.class);
            sim.failNext(SEND, 40001, 2);
            assertThatThrownBy(() -> client.sendSubscribe(OPENID, "tmpl-notice", null, DATA)).isInstanceOf(WechatException.class);
            assertThatThrownBy(() -> client.login("bad code")).isInstanceOf(WechatException.class);
            sim.delay(PHONE, Duration.ofMillis(800));
            assertThatThrownBy(() -> client.phoneNumber("p2")).isInstanceOf(WechatException.class);
        } finally {
            root.detachAppender(appender);
        }
        List<String> tokens = sim.calls().stream()
                .map(c -> c.query().get("access_token")).filter(t -> t != null).distinct().toList();
        assertThat(tokens).isNotEmpty();
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).doesNotContain(SIM_SECRET).doesNotContain("session_key");
            for (String token : tokens) {
                assertThat(text).doesNotContain(token);
            }
        }
        assertThat(appender.list).filteredOn(e -> e.getLoggerName().equals(WechatClient.class.getName()))
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("wechat login failed errcode=40029", "wechat send failed errcode=40001",
                        "wechat phone failed errcode=-2");
    }
}
