package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each class of bad input gets problem+json with a stable code: never a 500, never a stack trace. */
@IntegrationTest
class ProblemJsonTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    private static void assertProblem(Api.Response r, int status, String code) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at cn.").doesNotContain("SQL");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(api.get("/api/v1/no-such-thing", null), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/no-such-thing", users.adminToken()), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIs405() {
        Api.Response r = api.get("/api/v1/auth/staff-login", null);
        assertProblem(r, 405, "METHOD_NOT_ALLOWED");
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void malformedJsonIs400() {
        Api.Response r = api.raw("POST", "/api/v1/auth/staff-login", null,
                "{\"username\": \"a\", ".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertProblem(r, 400, "MALFORMED_JSON");
    }

    @Test
    void wrongJsonTypeIs400() {
        Api.Response r = api.raw("POST", "/api/v1/auth/staff-login", null,
                "[1,2,3]".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertProblem(r, 400, "MALFORMED_JSON");
    }

    @Test
    void oversizedBodyIs413() {
        byte[] big = ("{\"username\":\"" + "a".repeat(300_000) + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(api.raw("POST", "/api/v1/auth/staff-login", null, big, "application/json", Map.of()), 413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void unsupportedContentTypeIs415() {
        assertProblem(api.raw("POST", "/api/v1/auth/staff-login", null, "username=a".getBytes(StandardCharsets.UTF_8),
                "text/plain", Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void validationListsEachBadField() {
        Api.Response r = api.post("/api/v1/auth/staff-login", null, Map.of("username", ""));
        assertProblem(r, 400, "VALIDATION_FAILED");
        assertThat(r.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void badPagingIs400() {
        Api.Response r = api.get("/api/v1/admin/staff?page=0&size=1000", users.adminToken());
        assertProblem(r, 400, "VALIDATION_FAILED");
        Api.Response notANumber = api.get("/api/v1/admin/staff?page=abc", users.adminToken());
        assertProblem(notANumber, 400, "VALIDATION_FAILED");
    }

    @Test
    void unknownDictionaryIs404AndKnownOnesArePublic() {
        assertProblem(api.get("/api/v1/dictionaries/nope", null), 404, "DICTIONARY_NOT_FOUND");
        Api.Response townships = api.get("/api/v1/dictionaries/townships", null);
        assertThat(townships.status()).isEqualTo(200);
        assertThat(townships.json().findValuesAsText("name")).contains("巴彦高勒镇", "隆盛合镇", "渡口镇", "补隆淖镇", "沙金套海苏木");
    }

    @Test
    void healthShowsDatabaseAndRedis() {
        Api.Response r = api.get("/actuator/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("UP");
        assertThat(r.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(r.json().at("/components/redis/status").asText()).isEqualTo("UP");
    }
}
