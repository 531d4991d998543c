package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthIntegrationTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    SessionTokens tokens;

    private final WechatSimulator sim = WechatSimulator.shared();

    @AfterEach
    void clearFaults() {
        sim.reset();
    }

    @Test
    void wxLoginCreatesOneOwnerPerOpenid() {
        Api.Response first = api.post("/api/v1/auth/wx-login", null, Map.of("code", "dev-owner-auth-1"));
        Api.Response second = api.post("/api/v1/auth/wx-login", null, Map.of("code", "dev-owner-auth-1"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("expiresIn").asLong()).isPositive();
        assertThat(first.json().at("/user/roles").toString()).isEqualTo("[\"OWNER\"]");
        assertThat(first.json().at("/user/business").isNull()).isTrue();
        assertThat(second.json().at("/user/id").asLong()).isEqualTo(first.json().at("/user/id").asLong());
        assertThat(second.json().get("token").asText()).isNotEqualTo(first.json().get("token").asText());
        assertThat(first.body()).doesNotContain("session_key").doesNotContain(WechatSimulator.SIM_SECRET);
    }

    @Test
    void wxLoginWithACodeWeChatRefusesIs401() {
        Api.Response r = api.post("/api/v1/auth/wx-login", null, Map.of("code", "invalid-code-123"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("WX_CODE_INVALID");
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedCodeNeverReachesWeChat() {
        sim.reset();
        Api.Response r = api.post("/api/v1/auth/wx-login", null, Map.of("code", "bad code; drop table"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("WX_CODE_INVALID");
        assertThat(sim.calls("/sns/jscode2session")).isEmpty();
    }

    @Test
    void weChatOutageIs503WithoutLeakingItsMessage() {
        sim.failNext("/sns/jscode2session", -1, 5);

        Api.Response r = api.post("/api/v1/auth/wx-login", null, Map.of("code", "dev-owner-auth-outage"));

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.code()).isEqualTo("WECHAT_UNAVAILABLE");
        assertThat(r.body()).doesNotContain(WechatSimulator.SIM_SECRET).doesNotContain(WechatSimulator.SIM_APPID);
    }

    @Test
    void aLoginWeChatBlocksAsHighRiskIs403NotABadCode() {
        sim.failNext("/sns/jscode2session", 40226, 1);

        Api.Response r = api.post("/api/v1/auth/wx-login", null, Map.of("code", "dev-owner-auth-risky"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("WX_USER_BLOCKED");
    }

    @Test
    void aUsedPhoneCodeIs400ButAWrongAppidIsOurs503() {
        String owner = users.newOwnerToken();
        sim.failNext("/wxa/business/getuserphonenumber", 40163, 1);
        Api.Response used = api.post("/api/v1/me/phone", owner, Map.of("code", "phone-code-used1"));
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.code()).isEqualTo("PHONE_CODE_INVALID");

        sim.failNext("/wxa/business/getuserphonenumber", 40013, 1);
        Api.Response misconfigured = api.post("/api/v1/me/phone", owner, Map.of("code", "phone-code-appid1"));
        assertThat(misconfigured.status()).isEqualTo(503);
        assertThat(misconfigured.code()).isEqualTo("WECHAT_UNAVAILABLE");
        assertThat(api.get("/api/v1/me", owner).json().get("phone").isNull()).isTrue();
    }

    @Test
    void logoutKillsTheTokenAtOnce() {
        String token = users.newOwnerToken();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", token, null).status()).isEqualTo(204);

        Api.Response after = api.get("/api/v1/me", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void expiredTokenIs401() throws InterruptedException {
        String token = tokens.issue(new AuthUser(1, Set.of(Role.ADMIN), null), Duration.ofSeconds(1));
        assertThat(tokens.resolve(token)).isNotNull();

        Thread.sleep(1_300);

        assertThat(tokens.resolve(token)).isNull();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void unknownAndGarbageTokensAre401() {
        assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", "x").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", "a".repeat(43)).status()).isEqualTo(401);
    }

    @Test
    void staffLoginAndMe() {
        String token = users.adminToken();

        Api.Response me = api.get("/api/v1/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("roles").toString()).contains("ADMIN");
        assertThat(me.json().get("business").isNull()).isTrue();
    }

    @Test
    void wrongPasswordIs401AndRepeatedFailuresLockTheAccountWith429() {
        String admin = users.adminToken();
        String username = "locktest" + System.nanoTime() % 100000;
        api.post("/api/v1/admin/staff", admin, Map.of("username", username, "password", "right-password-1",
                "displayName", "锁定测试", "roles", List.of("HR")));

        for (int i = 0; i < 4; i++) {
            Api.Response r = api.post("/api/v1/auth/staff-login", null, Map.of("username", username, "password", "wrong-" + i));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("BAD_CREDENTIALS");
        }
        Api.Response fifth = api.post("/api/v1/auth/staff-login", null, Map.of("username", username, "password", "wrong"));
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.code()).isEqualTo("ACCOUNT_LOCKED");

        Api.Response evenRight = api.post("/api/v1/auth/staff-login", null,
                Map.of("username", username, "password", "right-password-1"));
        assertThat(evenRight.status()).isEqualTo(429);
    }

    @Test
    void unknownUserIsTheSame401() {
        Api.Response r = api.post("/api/v1/auth/staff-login", null, Map.of("username", "nobody-here", "password", "whatever-it-is"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void disablingStaffEndsTheirSessionsAndRefusesLogin() {
        String admin = users.adminToken();
        String username = "disable" + System.nanoTime() % 100000;
        Api.Response created = api.post("/api/v1/admin/staff", admin, Map.of("username", username,
                "password", "right-password-1", "displayName", "停用测试", "roles", List.of("ASSOCIATION")));
        assertThat(created.status()).isEqualTo(201);
        String staffToken = users.staffLogin(username, "right-password-1");

        Api.Response disabled = api.post("/api/v1/admin/staff/" + created.json().get("id").asLong() + "/disable", admin, null);

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", staffToken).status()).isEqualTo(401);
        Api.Response login = api.post("/api/v1/auth/staff-login", null, Map.of("username", username, "password", "right-password-1"));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void staffAdminIsAdminOnly() {
        Map<String, Object> body = Map.of("username", "roletest1", "password", "right-password-1",
                "displayName", "x", "roles", List.of("HR"));
        assertThat(api.post("/api/v1/admin/staff", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/admin/staff", users.newOwnerToken(), body).status()).isEqualTo(403);
        for (Role role : List.of(Role.ASSOCIATION, Role.HR, Role.DEPARTMENT)) {
            Api.Response r = api.post("/api/v1/admin/staff", users.staffToken(role), body);
            assertThat(r.status()).as(role.name()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.get("/api/v1/admin/staff", users.staffToken(Role.HR)).status()).isEqualTo(403);
    }

    @Test
    void staffCreationValidatesEachField() {
        Api.Response r = api.post("/api/v1/admin/staff", users.adminToken(),
                Map.of("username", "x", "password", "short", "displayName", "", "roles", List.of()));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("errors").findValuesAsText("field"))
                .contains("username", "password", "displayName", "roles");
    }

    @Test
    void departmentStaffNeedAKnownDepartmentAndUsernamesAreUnique() {
        String admin = users.adminToken();
        Api.Response noDept = api.post("/api/v1/admin/staff", admin, Map.of("username", "deptless1",
                "password", "right-password-1", "displayName", "x", "roles", List.of("DEPARTMENT")));
        assertThat(noDept.status()).isEqualTo(400);
        Api.Response badDept = api.post("/api/v1/admin/staff", admin, Map.of("username", "deptbad1",
                "password", "right-password-1", "displayName", "x", "roles", List.of("DEPARTMENT"), "department", "NOPE"));
        assertThat(badDept.status()).isEqualTo(400);
        Api.Response dup = api.post("/api/v1/admin/staff", admin, Map.of("username", TestUsers.ADMIN_USERNAME,
                "password", "right-password-1", "displayName", "x", "roles", List.of("HR")));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.code()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void phoneIsBoundAndAlwaysShownMasked() {
        String owner = users.newOwnerToken();
        String expected = WechatSimulator.phoneFor("phone-code-abc123");

        Api.Response r = api.post("/api/v1/me/phone", owner, Map.of("code", "phone-code-abc123"));

        assertThat(r.status()).isEqualTo(200);
        String masked = r.json().get("phone").asText();
        assertThat(masked).isEqualTo(expected.substring(0, 3) + "****" + expected.substring(7));
        assertThat(api.get("/api/v1/me", owner).json().get("phone").asText()).isEqualTo(masked);
        assertThat(api.get("/api/v1/me", owner).body()).doesNotContain(expected);
    }

    @Test
    void phoneBindingIsForOwners() {
        assertThat(api.post("/api/v1/me/phone", users.adminToken(), Map.of("code", "phone-code-x1")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/me/phone", null, Map.of("code", "phone-code-x1")).status()).isEqualTo(401);
    }
}
