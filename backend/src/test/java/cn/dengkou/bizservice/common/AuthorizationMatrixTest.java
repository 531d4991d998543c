package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiOperations;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
    private static final Set<String> BODY_METHODS = Set.of("post", "put", "patch", "delete");
    /** An id no table reaches (JavaScript's largest safe integer). */
    private static final String MISSING_ID = "9007199254740991";
    /** The table behind an {@code {id}} of a path, to call it with an id that exists. */
    private static final Map<String, String> ID_TABLES = new LinkedHashMap<>();

    static {
        ID_TABLES.put("/api/v1/admin/notices/", "notice");
        ID_TABLES.put("/api/v1/me/favorites/notices/", "notice");
        ID_TABLES.put("/api/v1/admin/businesses/", "business");
        ID_TABLES.put("/api/v1/admin/push-tasks/", "push_task");
        ID_TABLES.put("/api/v1/admin/staff/", "app_user");
        ID_TABLES.put("/api/v1/me/messages/", "inbox_message");
        ID_TABLES.put("/api/v1/admin/dictionaries/entries/", "dictionary_item");
        ID_TABLES.put("/api/v1/admin/jobs/", "job");
        ID_TABLES.put("/api/v1/jobs/", "job");
        ID_TABLES.put("/api/v1/admin/hiring-needs/", "hiring_need");
        ID_TABLES.put("/api/v1/admin/events/", "event");
        ID_TABLES.put("/api/v1/events/", "event");
        ID_TABLES.put("/api/v1/admin/feedback/", "feedback_ticket");
        ID_TABLES.put("/api/v1/feedback/", "feedback_ticket");
        ID_TABLES.put("/api/v1/consultations/", "notice");
        ID_TABLES.put("/api/v1/admin/consultations/", "notice");
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
        ApiOperations doc = new ApiOperations(api.get("/v3/api-docs", null).json());
        List<Caller> callers = callers();
        Map<String, String> existingIds = existingIds();
        Set<String> documented = new TreeSet<>();
        List<DynamicNode> nodes = new ArrayList<>();
        for (ApiOperations.Operation op : doc.all()) {
            documented.add(op.where());
            nodes.add(operation(doc, op, callers, existingIds));
        }
        nodes.add(DynamicTest.dynamicTest("the document lists every async and multipart endpoint", () ->
                assertThat(documented).containsAll(asyncAndMultipartEndpoints())));
        return nodes.stream();
    }

    private DynamicNode operation(ApiOperations doc, ApiOperations.Operation op, List<Caller> callers,
                                  Map<String, String> existingIds) {
        String where = op.where();
        List<String> allowed = op.roles();
        String title = where + " " + allowed;
        if (op.node().has("x-access-rule")) {
            return DynamicTest.dynamicTest(title, () -> fail("%s has the rule %s, more than a role list: "
                    + "this test has no expectation for it", where, op.node().get("x-access-rule")));
        }
        if (allowed.equals(List.of("PUBLIC"))) {
            return DynamicTest.dynamicTest(title + " is public: nothing to refuse", () -> { });
        }
        boolean anyone = allowed.equals(List.of("AUTHENTICATED"));
        if (allowed.isEmpty() || (!anyone && !ROLES.containsAll(allowed))) {
            return DynamicTest.dynamicTest(title, () -> fail("%s has x-roles %s: this test has no expectation for it",
                    where, allowed));
        }
        List<Call> calls = calls(doc, op, existingIds);
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
    private List<Call> calls(ApiOperations doc, ApiOperations.Operation op, Map<String, String> existingIds) {
        String existing = existingIds.getOrDefault(op.idPrefix(), "1");
        String existingLabel = existingIds.containsKey(op.idPrefix()) ? "existing id" : "id 1 (no row to take an id from)";
        List<JsonNode> parameters = doc.parameters(op);
        String validQuery = doc.query(parameters, true);
        String invalidQuery = doc.query(parameters, false);
        JsonNode content = doc.content(op);
        boolean hasBody = BODY_METHODS.contains(op.method()) && !content.isMissingNode();
        String upper = op.method().toUpperCase();
        List<Call> calls = new ArrayList<>();
        if (!hasBody) {
            calls.add(new Call("valid input, " + existingLabel, upper, op.fill(existing) + validQuery, null, null));
            calls.add(new Call("valid input, missing id", upper, op.fill(MISSING_ID) + validQuery, null, null));
            calls.add(new Call("invalid query, malformed id", upper, op.fill("x") + invalidQuery, null, null));
            calls.add(new Call("no query", upper, op.fill(existing), null, null));
            return calls;
        }
        if (content.has("multipart/form-data")) {
            byte[] multipart = doc.multipart(op);
            String type = "multipart/form-data; boundary=" + ApiOperations.BOUNDARY;
            calls.add(new Call("a multipart file, " + existingLabel, upper, op.fill(existing) + validQuery, multipart, type));
            calls.add(new Call("a multipart file, missing id", upper, op.fill(MISSING_ID) + validQuery, multipart, type));
            calls.add(new Call("no parts", upper, op.fill(existing) + invalidQuery,
                    ("--" + ApiOperations.BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8), type));
            calls.add(new Call("a multipart body cut off inside its file", upper, op.fill("x"),
                    Arrays.copyOf(multipart, 120), type));
            return calls;
        }
        byte[] valid = doc.jsonBody(op);
        String json = "application/json";
        calls.add(new Call("a body from its schema, " + existingLabel, upper, op.fill(existing) + validQuery, valid, json));
        calls.add(new Call("a body from its schema, missing id", upper, op.fill(MISSING_ID) + validQuery, valid, json));
        calls.add(new Call("an empty object", upper, op.fill(existing) + invalidQuery, "{}".getBytes(StandardCharsets.UTF_8), json));
        calls.add(new Call("malformed JSON, malformed id", upper, op.fill("x") + invalidQuery,
                "{\"title\": [".getBytes(StandardCharsets.UTF_8), json));
        calls.add(new Call("no body", upper, op.fill(existing), null, null));
        return calls;
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
