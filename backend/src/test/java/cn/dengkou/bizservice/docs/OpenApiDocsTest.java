package cn.dengkou.bizservice.docs;

import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps {@code miniprogram-api-docs/openapi.json} equal to what the running app serves at
 * {@code /v3/api-docs}. On a difference the file is rewritten and the test fails, so the change shows
 * up in {@code git diff} for review; with {@code UPDATE_API_DOCS=true} (system property or environment)
 * it is rewritten and the test passes.
 */
@IntegrationTest
class OpenApiDocsTest {

    private static final String DOC = ApiContract.DOCUMENT;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Autowired
    Api api;

    @Test
    void committedOpenApiDocumentMatchesTheRunningApp() throws IOException {
        String generated = canonical(fetch().body());
        Path file = docFile();
        String committed = Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n")
                : null;
        if (generated.equals(committed)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        if (updateRequested()) {
            return;
        }
        fail("""
                %s %s the API the app serves (/v3/api-docs).
                The file has been regenerated: review it (git diff %s) and commit it with your change.
                (Run with -DUPDATE_API_DOCS=true or UPDATE_API_DOCS=true to regenerate without failing.)"""
                .formatted(DOC, committed == null ? "did not exist; it now documents" : "no longer matches", DOC));
    }

    @Test
    void everyOperationCarriesItsRoleRuleAndPublicOnesNeedNoToken() throws IOException {
        JsonNode doc = JSON.readTree(fetch().body());
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            assertThat(path.getKey()).as("published path").startsWith("/api/v1/");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode roles = op.getValue().get("x-roles");
                assertThat(roles).as(where + " x-roles").isNotNull();
                assertThat(roles.isArray() && !roles.isEmpty()).as(where + " x-roles is a non-empty list").isTrue();
                boolean isPublic = roles.size() == 1 && roles.get(0).asText().equals("PUBLIC");
                JsonNode security = op.getValue().path("security");
                if (isPublic) {
                    assertThat(security.isMissingNode() || security.isEmpty()).as(where + " is public").isTrue();
                } else {
                    assertThat(security.toString()).as(where + " needs the bearer token").contains("\"bearerAuth\"");
                    assertThat(op.getValue().at("/responses/401/$ref").asText())
                            .as(where + " documents 401").isEqualTo("#/components/responses/Unauthorized");
                }
                assertThat(op.getValue().at("/responses/default/$ref").asText())
                        .as(where + " documents the problem response").isEqualTo("#/components/responses/Problem");
                assertThat(op.getValue().path("operationId").asText()).as(where + " operationId").isNotBlank();
                checked.add(where);
            }
        }
        assertThat(checked).isNotEmpty();

        assertThat(doc.at("/paths/~1api~1v1~1auth~1wx-login/post/x-roles").toString()).isEqualTo("[\"PUBLIC\"]");
        assertThat(doc.at("/paths/~1api~1v1~1me/get/x-roles").toString()).isEqualTo("[\"AUTHENTICATED\"]");
        assertThat(doc.at("/paths/~1api~1v1~1me~1phone/post/x-roles").toString()).isEqualTo("[\"OWNER\"]");
        assertThat(doc.at("/paths/~1api~1v1~1admin~1staff/post/x-roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(doc.at("/paths/~1api~1v1~1admin~1staff/post/responses/403/$ref").asText())
                .isEqualTo("#/components/responses/Forbidden");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void problemSchemaDescribesEveryErrorCode() throws IOException {
        JsonNode doc = JSON.readTree(fetch().body());
        JsonNode problem = doc.at("/components/schemas/Problem");
        assertThat(iterable(problem.get("properties").fieldNames()))
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "code", "errors");
        assertThat(problem.at("/properties/errors/items/$ref").asText()).isEqualTo("#/components/schemas/ProblemFieldError");
        assertThat(iterable(doc.at("/components/schemas/ProblemFieldError/properties").fieldNames()))
                .containsExactlyInAnyOrder("field", "detail");
        List<String> codes = new ArrayList<>();
        problem.at("/properties/code/enum").forEach(n -> codes.add(n.asText()));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
        assertThat(doc.at("/components/responses/Problem/content").has("application/problem+json")).isTrue();
    }

    /** What the customizers and annotations say about answers (the drift test alone would just rewrite it). */
    @Test
    void documentSaysWhatAnswersReallyLookLike() throws IOException {
        JsonNode doc = JSON.readTree(fetch().body());
        assertThat(doc.path("openapi").asText()).startsWith("3.0.");
        assertThat(doc.at("/info/contact/name").asText()).isNotBlank();
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(doc.at("/components/schemas/Problem/properties/instance/format").asText()).isEqualTo("uri-reference");

        List<String> declared = new ArrayList<>();
        doc.path("tags").forEach(t -> {
            assertThat(t.path("description").asText()).as("tag " + t.path("name") + " description").isNotBlank();
            declared.add(t.path("name").asText());
        });
        doc.path("paths").forEach(item -> item.forEach(op -> op.path("tags")
                .forEach(t -> assertThat(declared).as("declared tags").contains(t.asText()))));

        for (String status : List.of("200", "201")) {
            assertThat(doc.at("/paths/~1api~1v1~1me~1business/post/responses/" + status + "/content/application~1json/schema/$ref")
                    .asText()).as("POST /me/business " + status).isEqualTo("#/components/schemas/BindResponse");
        }
        assertThat(doc.at("/components/schemas/Published/properties/pushTaskId/nullable").asBoolean()).isTrue();
        assertThat(doc.at("/components/schemas/User/properties/business/anyOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/BusinessView");
        assertThat(doc.at("/components/schemas/User/properties/business/anyOf/1/nullable").asBoolean()).isTrue();
        assertThat(doc.at("/components/schemas/User/properties/id/nullable").isMissingNode()).isTrue();
        List<String> required = new ArrayList<>();
        doc.at("/components/schemas/OwnerItem/required").forEach(n -> required.add(n.asText()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(
                iterable(doc.at("/components/schemas/OwnerItem/properties").fieldNames()));
        assertThat(doc.at("/components/schemas/AuditEntry/properties/detail/additionalProperties").isEmpty()).isTrue();
    }

    @Test
    void documentHasNoHostOrPort() throws IOException {
        JsonNode doc = JSON.readTree(fetch().body());
        doc.path("servers").forEach(s -> assertThat(s.get("url").asText()).startsWith("/"));
        assertThat(fetch().body()).doesNotContain("127.0.0.1").doesNotContain("localhost");
    }

    private Api.Response fetch() {
        Api.Response r = api.get("/v3/api-docs", null);
        assertThat(r.status()).as("/v3/api-docs status").isEqualTo(200);
        return r;
    }

    /** Sorted keys, two-space indent, LF line ends: the same bytes on every machine (the server is relative). */
    static String canonical(String body) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = JSON.readValue(body, LinkedHashMap.class);
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(lf);
        printer.indentArraysWith(lf);
        return JSON.writer(printer).writeValueAsString(doc) + "\n";
    }

    private static Path docFile() {
        return ApiContract.documentFile();
    }

    private static boolean updateRequested() {
        String value = System.getProperty("UPDATE_API_DOCS", System.getenv("UPDATE_API_DOCS"));
        return Boolean.parseBoolean(value);
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
