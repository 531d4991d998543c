package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server runs few request threads; logins waiting on a slow WeChat must not take them, or every
 * other endpoint would stall behind WeChat.
 */
@IntegrationTest
class WxLoginOffRequestThreadsTest {

    private final WechatSimulator sim = WechatSimulator.shared();
    @Autowired
    Api api;
    @Value("${server.tomcat.threads.max}")
    int requestThreads;

    @AfterEach
    void reset() {
        sim.reset();
    }

    @Test
    void moreSlowLoginsThanRequestThreadsLeaveTheApiAnswering() throws Exception {
        sim.reset();
        sim.delay(WechatSimulator.LOGIN, Duration.ofSeconds(4));
        int logins = requestThreads + 4;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            pending.add(http.sendAsync(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/auth/wx-login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"dev-slow-login-" + i + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // all of them reach WeChat at once: none waits for a request thread
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (sim.inFlight(WechatSimulator.LOGIN) < logins && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        assertThat(sim.inFlight(WechatSimulator.LOGIN)).isEqualTo(logins);

        Api.Response other = api.get("/api/v1/dictionaries/townships", null);

        assertThat(other.status()).isEqualTo(200);
        assertThat(pending).noneMatch(CompletableFuture::isDone);
        for (CompletableFuture<HttpResponse<String>> f : pending) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            ApiContract.verify("POST", "/api/v1/auth/wx-login", r.statusCode(), r.headers(),
                    r.body().getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"token\"");
        }
    }
}
