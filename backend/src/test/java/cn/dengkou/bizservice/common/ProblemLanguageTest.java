package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code detail} a user reads is Chinese whatever {@code Accept-Language} says (or without one):
 * the validator's default messages, type mismatches of query parameters, bad dates in a body.
 */
@IntegrationTest
class ProblemLanguageTest {

    /** A Han character, and no English words such as "must be less than or equal to 100". */
    private static final String HAN = ".*\\p{IsHan}.*";
    private static final String ENGLISH_WORDS = ".*[A-Za-z]{2,} [a-z]{2,}.*";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(strings = {"", "en-US", "en", "de-DE,de;q=0.9", "zh-CN"})
    void queryParameterErrorsAreChineseWhateverTheLanguageHeader(String language) {
        String admin = users.adminToken();
        Map<String, String> bad = new HashMap<>();
        bad.put("/api/v1/notices?size=500", "size");              // @Max without a message of its own
        bad.put("/api/v1/notices?page=0", "page");                // @Min
        bad.put("/api/v1/notices?size=abc", "size");              // not a number, in a query record
        bad.put("/api/v1/admin/notices?status=NOPE", "status");   // not an enum constant, in a query record
        bad.put("/api/v1/admin/push-tasks?status=NOPE", "status"); // not an enum constant, a plain parameter
        bad.put("/api/v1/admin/push-tasks?refId=x", "refId");     // not a number, a plain parameter
        bad.put("/api/v1/notices/recommended?size=21", "size");
        bad.forEach((path, field) -> {
            Api.Response r = api.send("GET", path, admin, null, null, headers(language));
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.code()).as(path).isEqualTo("VALIDATION_FAILED");
            assertThat(r.json().get("errors").findValuesAsText("field")).as(path).contains(field);
            assertChinese(path, r.json());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en-US"})
    void bodyAndPartErrorsAreChineseToo(String language) {
        String admin = users.adminToken();
        List<Api.Response> responses = new ArrayList<>();
        responses.add(api.send("POST", "/api/v1/admin/notices/1/publish", admin,
                "{\"scheduledAt\":\"tomorrow\"}", "application/json", headers(language)));
        responses.add(api.send("POST", "/api/v1/admin/staff", admin, Map.of("username", "x"), null, headers(language)));
        responses.add(api.send("POST", "/api/v1/admin/uploads", admin, "--b--\r\n".getBytes(),
                "multipart/form-data; boundary=b", headers(language)));
        for (Api.Response r : responses) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertChinese(r.body(), r.json());
        }
    }

    private static Map<String, String> headers(String language) {
        return language.isEmpty() ? Map.of() : Map.of("Accept-Language", language);
    }

    private static void assertChinese(String what, JsonNode problem) {
        List<String> details = new ArrayList<>(problem.findValuesAsText("detail"));
        assertThat(details).as(what).isNotEmpty();
        for (String d : details) {
            assertThat(d).as(what).matches(HAN).doesNotMatch(ENGLISH_WORDS);
        }
    }
}
