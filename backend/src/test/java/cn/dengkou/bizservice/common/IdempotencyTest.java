package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IdempotencyTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    private Map<String, Object> staff(String username) {
        return Map.of("username", username, "password", "right-password-1", "displayName", "幂等", "roles", List.of("HR"));
    }

    @Test
    void sameKeyReturnsTheFirstResultAndDoesNothingTwice() {
        String admin = users.adminToken();
        String username = "idem" + System.nanoTime() % 1_000_000;
        Map<String, String> key = Map.of("Idempotency-Key", "key-" + username);

        Api.Response first = api.send("POST", "/api/v1/admin/staff", admin, staff(username), null, key);
        Api.Response retry = api.send("POST", "/api/v1/admin/staff", admin, staff(username), null, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        // Without the key the same write runs again and meets the unique username.
        assertThat(api.post("/api/v1/admin/staff", admin, staff(username)).status()).isEqualTo(409);
    }

    @Test
    void keysAreScopedPerCaller() {
        String username = "idemscope" + System.nanoTime() % 1_000_000;
        Map<String, String> key = Map.of("Idempotency-Key", "shared-key-" + username);
        Api.Response asAdmin = api.send("POST", "/api/v1/admin/staff", users.adminToken(), staff(username), null, key);
        Api.Response asHr = api.send("POST", "/api/v1/admin/staff", users.staffToken(cn.dengkou.bizservice.common.Role.HR),
                staff(username), null, key);

        assertThat(asAdmin.status()).isEqualTo(201);
        assertThat(asHr.status()).isEqualTo(403);
    }

    @Test
    void guestsAreNeverReplayedAnotherGuestsAnswer() {
        Map<String, String> key = Map.of("Idempotency-Key", "guest-key-" + System.nanoTime());
        Api.Response first = api.send("POST", "/api/v1/auth/wx-login", null, Map.of("code", "dev-idem-guest-a"), null, key);
        Api.Response second = api.send("POST", "/api/v1/auth/wx-login", null, Map.of("code", "dev-idem-guest-b"), null, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(second.json().at("/user/id").asLong()).isNotEqualTo(first.json().at("/user/id").asLong());
    }

    @Test
    void anAnswerWrittenAsynchronouslyIsRememberedToo() {
        // phone binding waits on WeChat, so it answers from the WeChat call pool (async dispatch)
        WechatSimulator sim = WechatSimulator.shared();
        String owner = users.newOwnerToken();
        Map<String, String> key = Map.of("Idempotency-Key", "phone-key-" + System.nanoTime());
        int before = sim.calls(WechatSimulator.PHONE).size();

        Api.Response first = api.send("POST", "/api/v1/me/phone", owner, Map.of("code", "phone-code-idem1"), null, key);
        Api.Response retry = api.send("POST", "/api/v1/me/phone", owner, Map.of("code", "phone-code-idem2"), null, key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("phone").asText()).isNotBlank();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(sim.calls(WechatSimulator.PHONE)).hasSize(before + 1);
    }

    @Test
    void malformedKeyIs400() {
        Api.Response r = api.send("POST", "/api/v1/admin/staff", users.adminToken(), staff("idembad1"), null,
                Map.of("Idempotency-Key", "bad key with spaces"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
    }
}
