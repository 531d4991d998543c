package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Authorization comes before the input: generated from the OpenAPI document the app serves, every
 * operation is called by each caller its {@code x-roles} leave out (no token, an unknown token, an owner,
 * each staff role without the right), with a body built from its schema, an empty and a malformed body,
 * valid and invalid query values and ids that exist, do not exist or are malformed. Each call must get
 * exactly 401 (no caller) or 403 (wrong role) — never 400, 404 or 2xx. An operation whose rule the test
 * cannot read fails, so a new kind of rule needs a new expectation here.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch", "delete");
    /** An id no table reaches (JavaScript's largest safe integer). */
    private static final String MISSING_ID = "9007199254740991";
    private static final String BOUNDARY = "matrix-boundary-7f3a";
    /** The table behind an {@code {id}} of a path, to call it with an id that exists. */
    private static final Map<String, String> ID_TABLES = new LinkedHashMap<>();

    static {
        ID_TABLES.put("/api/v1/admin/notices/", "notice");
        ID_TABLES.put("/api/v1/me/favorites/notices/", "notice");
        ID_TABLES.put("/api/v1/admin/businesses/", "business");
        ID_TABLES.put("/api/v1/admin/push-tasks/", "push_task");
        ID_TABLES.put("/api/v1/admin/staff/", "app_user");
        ID_TABLES.put("/api/v1/me/messages/", "inbox_message");
        ID_TABLES.put("/api/v1/admin/jobs/", "job");
        ID_TABLES.put("/api/v1/jobs/", "job");
        ID_TABLES.put("/api/v1/admin/hiring-needs/", "hiring_need");
        ID_TABLES.put("/api/v1/admin/job-seekers/", "app_user"); // a seeker profile's id is its user's
        ID_TABLES.put("/api/v1/me/job-alert/digests/", "job_alert_digest");
    }

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    private record Caller(String name, String token, Role role) {
        boolean anonymous() {
            return role == null;
        }
    }

    private record Call(String label, String method, String path, byte[] body, String contentType) {
    }

    @Test
    void anOwnerSendingAnInvalidBodyToCreateStaffGets403() {
        String owner = users.newOwnerToken();
        Api.Response empty = api.post("/api/v1/admin/staff", owner, Map.of());
        assertThat(empty.status()).as(empty.body()).isEqualTo(403);
        assertThat(empty.code()).isEqualTo("FORBIDDEN");
        assertThat(empty.contentType()).startsWith("application/problem+json");
        Api.Response malformed = api.raw("POST", "/api/v1/admin/staff", owner,
                "{\"username\":".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(403);
        Api.Response guest = api.post("/api/v1/admin/staff", null, Map.of());
        assertThat(guest.status()).as(guest.body()).isEqualTo(401);
        assertThat(guest.code()).isEqualTo("UNAUTHORIZED");

        // The rules themselves still answer for whoever may call the endpoint.
        Api.Response admin = api.post("/api/v1/admin/staff", users.adminToken(), Map.of());
        assertThat(admin.status()).as(admin.body()).isEqualTo(400);
        assertThat(admin.code()).isEqualTo("VALIDATION_FAILED");
    }

    @TestFactory
    Stream<DynamicNode> everyOperationRefusesCallersWithoutTheRightBeforeReadingItsInput() {
        JsonNode doc = api.get("/v3/api-docs", null).json();
        List<Caller> callers = callers();
        Map<String, String> existingIds = existingIds();
        Set<String> documented = new TreeSet<>();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                documented.add(where);
                nodes.add(operation(doc, where, op.getKey(), path.getKey(), op.getValue(), callers, existingIds));
            }
        }
        nodes.add(DynamicTest.dynamicTest("the document lists every async and multipart endpoint", () ->
                assertThat(documented).containsAll(asyncAndMultipartEndpoints())));
        return nodes.stream();
    }

    private DynamicNode operation(JsonNode doc, String where, String method, String path, JsonNode op,
                                  List<Caller> callers, Map<String, String> existingIds) {
        JsonNode roles = op.path("x-roles");
        List<String> allowed = new ArrayList<>();
        roles.forEach(r -> allowed.add(r.asText()));
        String title = where + " " + allowed;
        if (op.has("x-access-rule")) {
            return DynamicTest.dynamicTest(title, () -> fail("%s has the rule %s, more than a role list: "
                    + "this test has no expectation for it", where, op.get("x-access-rule")));
        }
        if (allowed.equals(List.of("PUBLIC"))) {
            return DynamicTest.dynamicTest(title + " is public: nothing to refuse", () -> { });
        }
        boolean anyone = allowed.equals(List.of("AUTHENTICATED"));
        if (allowed.isEmpty() || (!anyone && !ROLES.containsAll(allowed))) {
            return DynamicTest.dynamicTest(title, () -> fail("%s has x-roles %s: this test has no expectation for it",
                    where, allowed));
        }
        List<Call> calls = calls(doc, method, path, op, existingIds);
        List<DynamicTest> tests = callers.stream()
                .filter(c -> c.anonymous() || (!anyone && !allowed.contains(c.role().name())))
                .map(c -> DynamicTest.dynamicTest("as " + c.name() + " → " + (c.anonymous() ? 401 : 403),
                        () -> refused(where, c, calls)))
                .toList();
        return DynamicContainer.dynamicContainer(title, tests);
    }

    private void refused(String where, Caller caller, List<Call> calls) {
        int expected = caller.anonymous() ? 401 : 403;
        String code = caller.anonymous() ? "UNAUTHORIZED" : "FORBIDDEN";
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            Api.Response r = api.raw(call.method(), call.path(), caller.token(), call.body(), call.contentType(), Map.of());
            if (r.status() != expected || !code.equals(r.code())) {
                wrong.add(call.label() + " " + call.method() + " " + call.path() + " → " + r.status() + " " + r.body());
            }
        }
        assertThat(wrong).as("%s as %s must answer %d %s before reading its input", where, caller.name(), expected, code)
                .isEmpty();
    }

    // ---- callers -------------------------------------------------------------------------------

    private List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("no token", null, null));
        callers.add(new Caller("an unknown token", "no-such-token-0123456789abcdef", null));
        callers.add(new Caller("OWNER", users.newOwnerToken(), Role.OWNER));
        for (Role role : Role.values()) {
            if (role.isStaff()) {
                callers.add(new Caller(role.name(), role == Role.ADMIN ? users.adminToken() : users.staffToken(role), role));
            }
        }
        return callers;
    }

    // ---- requests ------------------------------------------------------------------------------

    /** Input variants: valid input on an id that exists and one that does not, an empty and a malformed body. */
    private List<Call> calls(JsonNode doc, String method, String path, JsonNode op, Map<String, String> existingIds) {
        String existing = existingIds.getOrDefault(idPrefix(path), "1");
        String existingLabel = existingIds.containsKey(idPrefix(path)) ? "existing id" : "id 1 (no row to take an id from)";
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(p -> parameters.add(resolve(doc, p)));
        String validQuery = query(doc, parameters, true);
        String invalidQuery = query(doc, parameters, false);
        JsonNode content = op.path("requestBody").path("content");
        boolean hasBody = BODY_METHODS.contains(method) && !content.isMissingNode();
        String upper = method.toUpperCase();
        List<Call> calls = new ArrayList<>();
        if (!hasBody) {
            calls.add(new Call("valid input, " + existingLabel, upper, fill(path, existing) + validQuery, null, null));
            calls.add(new Call("valid input, missing id", upper, fill(path, MISSING_ID) + validQuery, null, null));
            calls.add(new Call("invalid query, malformed id", upper, fill(path, "x") + invalidQuery, null, null));
            calls.add(new Call("no query", upper, fill(path, existing), null, null));
            return calls;
        }
        if (content.has("multipart/form-data")) {
            JsonNode schema = resolve(doc, content.get("multipart/form-data").path("schema"));
            String type = "multipart/form-data; boundary=" + BOUNDARY;
            calls.add(new Call("a multipart file, " + existingLabel, upper, fill(path, existing) + validQuery, multipart(schema), type));
            calls.add(new Call("a multipart file, missing id", upper, fill(path, MISSING_ID) + validQuery, multipart(schema), type));
            calls.add(new Call("no parts", upper, fill(path, existing) + invalidQuery,
                    ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8), type));
            calls.add(new Call("a multipart body cut off inside its file", upper, fill(path, "x"),
                    Arrays.copyOf(multipart(schema), 120), type));
            return calls;
        }
        JsonNode schema = resolve(doc, content.path("application/json").path("schema"));
        byte[] valid = sample(doc, schema).toString().getBytes(StandardCharsets.UTF_8);
        String json = "application/json";
        calls.add(new Call("a body from its schema, " + existingLabel, upper, fill(path, existing) + validQuery, valid, json));
        calls.add(new Call("a body from its schema, missing id", upper, fill(path, MISSING_ID) + validQuery, valid, json));
        calls.add(new Call("an empty object", upper, fill(path, existing) + invalidQuery, "{}".getBytes(StandardCharsets.UTF_8), json));
        calls.add(new Call("malformed JSON, malformed id", upper, fill(path, "x") + invalidQuery,
                "{\"title\": [".getBytes(StandardCharsets.UTF_8), json));
        calls.add(new Call("no body", upper, fill(path, existing), null, null));
        return calls;
    }

    private static String fill(String path, String id) {
        return path.replaceAll("\\{[^}]+}", id);
    }

    private static String idPrefix(String path) {
        int brace = path.indexOf('{');
        return brace < 0 ? path : path.substring(0, brace);
    }

    /** Valid: a value from each typed query parameter's schema. Invalid: one no schema allows (wrong type, enum, length). */
    private String query(JsonNode doc, List<JsonNode> parameters, boolean valid) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode p : parameters) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            JsonNode schema = resolve(doc, p.path("schema"));
            boolean typed = schema.has("enum") || !"string".equals(schema.path("type").asText());
            if (valid && !typed && !p.path("required").asBoolean()) {
                continue; // a free-text filter the service checks against a dictionary: left out is valid
            }
            String value = valid ? String.valueOf(scalar(schema)) : invalidScalar(schema);
            pairs.add(p.get("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private JsonNode sample(JsonNode doc, JsonNode schema) {
        schema = resolve(doc, schema);
        String type = schema.path("type").asText();
        if ("object".equals(type) || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(doc, p.getValue())));
            return object;
        }
        if ("array".equals(type)) {
            ArrayNode array = NODES.arrayNode();
            array.add(sample(doc, schema.path("items")));
            return array;
        }
        Object value = scalar(schema);
        return value instanceof Long n ? NODES.numberNode(n)
                : value instanceof Boolean b ? NODES.booleanNode(b) : NODES.textNode(value.toString());
    }

    private static Object scalar(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("example") && !schema.get("example").isContainerNode()) {
            return schema.get("example").asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> Math.max(1, schema.path("minimum").asLong(1));
            case "boolean" -> true;
            default -> switch (schema.path("format").asText()) {
                case "date-time" -> "2026-12-01T09:00:00+08:00";
                case "date" -> "2026-12-01";
                default -> "a".repeat(Math.max(3, schema.path("minLength").asInt(0)));
            };
        };
    }

    private static String invalidScalar(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> "not-a-number";
            case "boolean" -> "maybe";
            default -> schema.has("enum") ? "NO_SUCH_VALUE"
                    : schema.has("maxLength") ? "x".repeat(schema.get("maxLength").asInt() + 1)
                    : schema.has("format") ? "not-a-" + schema.get("format").asText() : "";
        };
    }

    private static byte[] multipart(JsonNode schema) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        schema.path("properties").fields().forEachRemaining(p -> {
            boolean file = "binary".equals(p.getValue().path("format").asText());
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.getKey() + "\""
                    + (file ? "; filename=\"matrix.png\"\r\nContent-Type: image/png" : "") + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file ? new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}
                    : "a".getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        while (node.has("$ref")) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    // ---- fixtures ------------------------------------------------------------------------------

    /** An id that exists behind each kind of path, where its table has a row (a notice is created, staff exist). */
    private Map<String, String> existingIds() {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("title", "授权矩阵测试通知");
        notice.put("summary", "摘要");
        notice.put("body", "<p>正文</p>");
        notice.put("category", "FISCAL_TAX");
        notice.put("departments", List.of("TAX"));
        notice.put("audience", Map.of());
        notice.put("attachments", List.of());
        Api.Response created = api.post("/api/v1/admin/notices", users.adminToken(), notice);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, String> ids = new LinkedHashMap<>();
        ID_TABLES.forEach((prefix, table) -> {
            Long id = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
            if (id != null) {
                ids.put(prefix, id.toString());
            }
        });
        return ids;
    }

    /** "POST /api/v1/…" of each of our endpoints that answers with a future or reads a multipart file. */
    private Set<String> asyncAndMultipartEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        requestMappingHandlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("cn.dengkou.bizservice") && asyncOrMultipart(handler)) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPathPatternsCondition().getPatternValues()
                        .forEach(p -> endpoints.add(m.name() + " " + p)));
            }
        });
        assertThat(endpoints).as("async and multipart endpoints").isNotEmpty();
        return endpoints;
    }

    private static boolean asyncOrMultipart(HandlerMethod handler) {
        return CompletableFuture.class.isAssignableFrom(handler.getMethod().getReturnType())
                || Arrays.stream(handler.getMethod().getParameterTypes()).anyMatch(MultipartFile.class::isAssignableFrom);
    }
}
