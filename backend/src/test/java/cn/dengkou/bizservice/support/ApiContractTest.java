package cn.dengkou.bizservice.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The response check every test's {@link Api} call goes through is on, and catches what it should. */
@IntegrationTest
class ApiContractTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    Api api;

    private final ApiContract contract = ApiContract.committed();

    @Test
    void theSuitesClientFailsOnAnAnswerTheDocumentDoesNotDeclare() throws IOException {
        // The same document, except that a dictionary's entry name is said to be a number.
        ObjectNode doc = (ObjectNode) Api.json().readTree(Files.readString(ApiContract.documentFile()));
        ((ObjectNode) doc.at("/components/schemas/DictionaryName/properties/name")).put("type", "integer");
        Api lying = api.withContract(ApiContract.of(doc.toString()));

        assertThat(api.get("/api/v1/dictionaries", null).status()).isEqualTo(200);
        assertThatThrownBy(() -> lying.get("/api/v1/dictionaries", null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/v1/dictionaries answered 200")
                .hasMessageContaining("/0/name");
    }

    @Test
    void anUndocumentedPropertyOrFieldTypeIsAViolation() {
        assertThat(contract.violations("GET", "/api/v1/dictionaries", 200, JSON,
                bytes("[{\"name\":\"townships\",\"label\":\"镇（苏木）\"}]"))).isEmpty();
        assertThat(contract.violations("GET", "/api/v1/dictionaries", 200, JSON,
                bytes("[{\"name\":7,\"label\":\"镇（苏木）\"}]"))).singleElement().asString().contains("/0/name");
        assertThat(contract.violations("GET", "/api/v1/dictionaries", 200, JSON,
                bytes("[{\"name\":\"townships\",\"label\":\"镇（苏木）\",\"secret\":true}]")))
                .singleElement().asString().contains("secret");
    }

    @Test
    void nullIsAcceptedExactlyWhereTheDocumentSaysNullable() {
        String me = """
                {"id":7,"roles":["OWNER"],"displayName":null,"department":null,"county":null,"countyName":null,
                 "phone":null,"business":null,"unreadMessages":0}""";
        assertThat(contract.violations("GET", "/api/v1/me", 200, JSON, bytes(me))).isEmpty();
        assertThat(contract.violations("GET", "/api/v1/me", 200, JSON, bytes(me.replace("\"id\":7", "\"id\":null"))))
                .singleElement().asString().contains("/id");
        assertThat(contract.violations("GET", "/api/v1/me", 200, JSON, bytes(me.replace("\"business\":null", "\"business\":1"))))
                .isNotEmpty();
    }

    @Test
    void aSuccessStatusMustBeListedNotJustCoveredByDefault() {
        String bound = "{\"id\":1,\"status\":\"PENDING\"}";
        assertThat(contract.violations("POST", "/api/v1/me/business", 201, JSON, bytes(bound))).isEmpty();
        List<String> created = contract.violations("POST", "/api/v1/me/phone", 201, JSON, bytes("{\"phone\":null}"));
        assertThat(created).anyMatch(v -> v.contains("201"));
    }

    @Test
    void errorsMustBeTheProblemWhateverLayerAnswers() {
        String problem = """
                {"type":"urn:problem:not-found","title":"Not Found","status":404,"detail":"接口不存在",
                 "instance":"/api/v1/nope","code":"NOT_FOUND"}""";
        // an operation's error, an unknown path, a method the path does not have
        assertThat(contract.violations("GET", "/api/v1/me", 401, PROBLEM, bytes(problem))).isEmpty();
        assertThat(contract.violations("GET", "/api/v1/nope", 404, PROBLEM, bytes(problem))).isEmpty();
        assertThat(contract.violations("PATCH", "/api/v1/me", 405, PROBLEM, bytes(problem))).isEmpty();

        assertThat(contract.violations("GET", "/api/v1/me", 401, JSON, bytes("{\"error\":\"unauthorized\"}"))).isNotEmpty();
        assertThat(contract.violations("GET", "/api/v1/nope", 404, "text/html", bytes("<html/>"))).isNotEmpty();
        assertThat(contract.violations("GET", "/api/v1/nope", 404, PROBLEM, bytes(problem.replace("\"status\":404", "\"status\":\"404\""))))
                .isNotEmpty();
        assertThat(contract.violations("GET", "/api/v1/nope", 404, PROBLEM, bytes(problem.replace(",\"code\":\"NOT_FOUND\"", ""))))
                .isNotEmpty();
    }

    @Test
    void pathsOutsideThePublishedApiAreNotChecked() {
        assertThat(contract.violations("GET", "/actuator/health", 200, JSON, bytes("{\"status\":\"UP\"}"))).isEmpty();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
