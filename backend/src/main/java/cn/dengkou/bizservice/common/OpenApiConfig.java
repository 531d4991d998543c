package cn.dengkou.bizservice.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI document served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}).
 * A copy is committed as {@code miniprogram-api-docs/openapi.json}; {@code OpenApiDocsTest} fails when
 * the two drift, so the document must come out byte-for-byte the same on every run: the server is
 * relative (no host or port), and paths, schemas, responses and tags are sorted.
 *
 * <p>Each operation is annotated from its {@code @PreAuthorize} rule (see {@link Access}): {@code x-roles}
 * lists who may call it ({@code PUBLIC}, {@code AUTHENTICATED} or role names), and every operation but the
 * public ones requires the bearer token. Errors are documented once, as the {@code Problem} schema
 * ({@code application/problem+json}) that {@link Problems} builds.
 */
@Configuration
public class OpenApiConfig {

    public static final String TITLE = "磴口县个体工商户服务小程序 API";
    public static final String BEARER = "bearerAuth";
    public static final String ROLES_EXTENSION = "x-roles";
    /** Present only when the rule is more than a plain role list (e.g. an extra bean check). */
    public static final String RULE_EXTENSION = "x-access-rule";
    public static final String PUBLIC = "PUBLIC";
    public static final String AUTHENTICATED = "AUTHENTICATED";

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";
    static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";

    private static final Pattern ROLE_CALL =
            Pattern.compile("has(?:Any)?(Role|Authority)\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern SIMPLE_RULE = Pattern.compile(
            "\\s*(permitAll\\(\\)|isAuthenticated\\(\\)|has(Any)?(Role|Authority)\\s*\\([^)]*\\))\\s*");
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Bean
    OpenAPI bizserviceOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version("v1")
                        .description("""
                                磴口县个体工商户服务小程序及管理后台使用的接口。基础路径 `/api/v1`，JSON（UTF-8），\
                                时间为带时区偏移的 ISO-8601（如 `2026-11-26T09:00:00+08:00`）。\
                                需要登录的接口在请求头带 `Authorization: Bearer <token>`；`x-roles` 标明可调用的角色。\
                                错误一律以 `application/problem+json` 返回，`code` 字段稳定，取值见 error-codes.md。"""))
                // Relative: Swagger UI calls whatever host served it, and the document has no random port.
                .servers(List.of(new Server().url("/").description("当前服务器")));
    }

    /** Per operation: the role rule, the bearer requirement, the error responses, a stable operationId. */
    @Bean
    OperationCustomizer accessRuleOperationCustomizer() {
        return (operation, handlerMethod) -> {
            String rule = ruleOf(handlerMethod);
            List<String> roles = rolesOf(rule);
            operation.addExtension(ROLES_EXTENSION, roles);
            if (rule != null && !SIMPLE_RULE.matcher(rule).matches()) {
                operation.addExtension(RULE_EXTENSION, rule);
            }
            boolean isPublic = roles.equals(List.of(PUBLIC));
            if (!isPublic) {
                operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
            }
            operation.setOperationId(operationId(handlerMethod));
            String access = "权限：" + describe(roles);
            operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                    ? access : operation.getDescription() + "\n\n" + access);
            addErrorResponses(operation, roles);
            return operation;
        };
    }

    /** Whole document: shared components, idempotency header, JSON media types, deterministic order. */
    @Bean
    OpenApiCustomizer problemAndOrderOpenApiCustomizer() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components.addSecuritySchemes(BEARER, new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .description("登录接口（/auth/wx-login 或 /auth/staff-login）返回的 token，"
                            + "放在请求头 `Authorization: Bearer <token>` 中。"));
            components.addSchemas(FIELD_ERROR_SCHEMA, fieldErrorSchema());
            components.addSchemas(PROBLEM_SCHEMA, problemSchema());
            standardResponses().forEach(components::addResponses);
            components.addParameters(IDEMPOTENCY_PARAMETER, idempotencyParameter());
            if (openApi.getPaths() != null) {
                keepApiPaths(openApi);
                Set<String> flattened = new TreeSet<>();
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    flattened.addAll(flattenQueryObjects(op, components));
                    jsonForAnyMediaType(op);
                    multipartForFiles(op);
                    if (WRITE_METHODS.contains(method.name()) && op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                        addIdempotencyHeader(op);
                    }
                }));
                removeUnreferenced(openApi, flattened);
            }
            sort(openApi);
        };
    }

    // ---- access rules --------------------------------------------------------------------------

    /** The {@code @PreAuthorize} expression that applies: the method's, else the controller's. */
    static String ruleOf(HandlerMethod handlerMethod) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), PreAuthorize.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Class<?> type = ClassUtils.getUserClass(handlerMethod.getBeanType());
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        return onType == null ? null : onType.value();
    }

    /**
     * {@code permitAll()} → PUBLIC, {@code isAuthenticated()} → AUTHENTICATED, {@code hasRole('X')} and
     * {@code hasAnyRole('X','Y')} → the role names. No rule at all cannot happen ({@link AccessRuleCheck}
     * refuses to start); it would be reported as AUTHENTICATED, the safe reading.
     */
    static List<String> rolesOf(String rule) {
        if (rule == null || rule.isBlank()) {
            return List.of(AUTHENTICATED);
        }
        String compact = rule.replaceAll("\\s+", "");
        if (compact.equals("permitAll()")) {
            return List.of(PUBLIC);
        }
        Set<String> roles = new LinkedHashSet<>();
        Matcher call = ROLE_CALL.matcher(rule);
        while (call.find()) {
            Matcher quoted = QUOTED.matcher(call.group(2));
            while (quoted.find()) {
                String name = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
                roles.add(name.startsWith("ROLE_") ? name.substring(5) : name);
            }
        }
        if (roles.isEmpty()) {
            // isAuthenticated() or a custom check: a token is needed, no particular role.
            return List.of(AUTHENTICATED);
        }
        return List.copyOf(roles);
    }

    private static String describe(List<String> roles) {
        if (roles.equals(List.of(PUBLIC))) {
            return "公开（游客可调用；已登录时也可带上 token）";
        }
        if (roles.equals(List.of(AUTHENTICATED))) {
            return "任何已登录用户";
        }
        return String.join("、", roles);
    }

    /** {@code StaffAdminController.create} → {@code staffAdminCreate}: stable however many controllers exist. */
    static String operationId(HandlerMethod handlerMethod) {
        String type = ClassUtils.getUserClass(handlerMethod.getBeanType()).getSimpleName();
        if (type.endsWith("Controller") && type.length() > "Controller".length()) {
            type = type.substring(0, type.length() - "Controller".length());
        }
        String method = handlerMethod.getMethod().getName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    // ---- errors --------------------------------------------------------------------------------

    private static void addErrorResponses(Operation operation, List<String> roles) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean isPublic = roles.equals(List.of(PUBLIC));
        boolean needsRole = !isPublic && !roles.equals(List.of(AUTHENTICATED));
        if (hasInput) {
            putProblem(responses, "400", "BadRequest");
        }
        if (!isPublic) {
            putProblem(responses, "401", "Unauthorized");
        }
        if (needsRole) {
            putProblem(responses, "403", "Forbidden");
        }
        putProblem(responses, "default", PROBLEM_SCHEMA);
    }

    /** Adds the shared problem response unless the operation documents that status itself as a problem. */
    private static void putProblem(ApiResponses responses, String status, String name) {
        ApiResponse existing = responses.get(status);
        boolean ownProblem = existing != null && existing.get$ref() == null && existing.getContent() != null
                && existing.getContent().containsKey(PROBLEM_JSON);
        if (!ownProblem) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }

    private static Map<String, ApiResponse> standardResponses() {
        Map<String, ApiResponse> m = new LinkedHashMap<>();
        m.put("BadRequest", problemResponse("请求有误：参数校验失败（VALIDATION_FAILED，`errors` 列出每个字段）、"
                + "JSON 无法解析（MALFORMED_JSON）或业务规则不满足（见 error-codes.md）"));
        m.put("Unauthorized", problemResponse("未登录、token 无效或已过期（UNAUTHORIZED）：重新登录后重试"));
        m.put("Forbidden", problemResponse("已登录，但角色无权执行此操作（FORBIDDEN）"));
        m.put(PROBLEM_SCHEMA, problemResponse("其他错误，均为 application/problem+json，按 `code` 处理（见 error-codes.md）"));
        return m;
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> problemSchema() {
        List<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).sorted().toList();
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:problem:validation-failed");
        example.put("title", "Bad Request");
        example.put("status", 400);
        example.put("detail", ErrorCode.VALIDATION_FAILED.defaultDetail());
        example.put("instance", "/api/v1/auth/staff-login");
        example.put("code", ErrorCode.VALIDATION_FAILED.name());
        example.put("errors", List.of(Map.of("field", "password", "detail", "不能为空")));
        Schema code = new StringSchema()
                .description("稳定的错误码（大写下划线），客户端据此判断如何处理")
                .example(ErrorCode.VALIDATION_FAILED.name());
        code.setEnum(new ArrayList<>(codes));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("问题类型，形如 urn:problem:<code 小写中划线>")
                .example("urn:problem:validation-failed"));
        properties.put("title", new StringSchema().description("HTTP 状态的英文短语").example("Bad Request"));
        properties.put("status", new IntegerSchema().description("HTTP 状态码").example(400));
        properties.put("detail", new StringSchema().description("中文说明，可直接展示给用户").example("请求参数有误"));
        properties.put("instance", new StringSchema().format("uri").description("出错的请求路径（可能缺省）"));
        properties.put("code", code);
        properties.put("errors", new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR_SCHEMA))
                .description("仅校验失败时出现：每个有问题的字段一项"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem details，外加稳定的 code 与（校验失败时的）errors")
                .required(List.of("code", "detail", "status", "title", "type"));
        problem.setProperties(properties);
        problem.setExample(example);
        return problem;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", new StringSchema().description("字段名（请求体字段、查询参数或请求头）").example("password"));
        properties.put("detail", new StringSchema().description("中文说明").example("不能为空"));
        Schema schema = new ObjectSchema().description("一个校验失败的字段").required(List.of("detail", "field"));
        schema.setProperties(properties);
        return schema;
    }

    // ---- idempotency and media types -----------------------------------------------------------

    private static Parameter idempotencyParameter() {
        return new HeaderParameter()
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .description("可选。手机可能重试的写操作带上一个随机键（8–128 位 A-Z a-z 0-9 _ - : .），"
                        + "24 小时内同一用户、同一方法和路径使用同一个键只执行一次，重放的响应带 "
                        + "`Idempotent-Replayed: true`；第一次仍在处理时返回 409 IDEMPOTENCY_IN_PROGRESS。")
                .schema(new StringSchema().minLength(8).maxLength(128).pattern("^[A-Za-z0-9_\\-:.]{8,128}$"));
    }

    private static void addIdempotencyHeader(Operation op) {
        String ref = "#/components/parameters/" + IDEMPOTENCY_PARAMETER;
        if (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> ref.equals(p.get$ref())
                || IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()))) {
            return;
        }
        op.addParametersItem(new Parameter().$ref(ref));
    }

    /** springdoc's default produces type is {@code *}/{@code *}; our endpoints answer JSON unless they say otherwise. */
    private static void jsonForAnyMediaType(Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().values().forEach(r -> {
            Content content = r.getContent();
            if (content == null || !content.containsKey("*/*") || content.size() != 1) {
                return;
            }
            MediaType any = content.get("*/*");
            Schema<?> schema = any.getSchema();
            boolean binary = schema != null && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
            if (!binary) {
                Content json = new Content();
                json.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
                r.setContent(json);
            }
        });
    }

    // ---- query objects and uploads ------------------------------------------------------------

    /**
     * A record bound from the query string ({@code @Valid PageQuery page}, a filter record) is shown by
     * springdoc as one query parameter holding an object, which no client can send. Each becomes one query
     * parameter per property, with the property's constraints. Returns the names of the schemas expanded.
     */
    @SuppressWarnings("rawtypes")
    static Set<String> flattenQueryObjects(Operation op, Components components) {
        Set<String> expanded = new TreeSet<>();
        if (op.getParameters() == null || components.getSchemas() == null) {
            return expanded;
        }
        List<Parameter> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Parameter p : op.getParameters()) {
            Schema<?> object = "query".equals(p.getIn()) ? referencedObject(p.getSchema(), components) : null;
            if (object == null) {
                result.add(p);
                names.add(p.getIn() + ":" + p.getName());
                continue;
            }
            expanded.add(schemaName(p.getSchema().get$ref()));
            List<String> required = object.getRequired() == null ? List.of() : object.getRequired();
            Map<String, Schema> properties = object.getProperties();
            properties.forEach((name, schema) -> {
                if (names.add("query:" + name)) {
                    Parameter flat = new Parameter().in("query").name(name)
                            .required(required.contains(name) ? Boolean.TRUE : null)
                            .description(schema.getDescription())
                            .schema(schema);
                    pageDefaults(schemaName(p.getSchema().get$ref()), name, flat);
                    result.add(flat);
                }
            });
        }
        op.setParameters(result);
        return expanded;
    }

    private static Schema<?> referencedObject(Schema<?> schema, Components components) {
        if (schema == null || schema.get$ref() == null) {
            return null;
        }
        Schema<?> target = components.getSchemas().get(schemaName(schema.get$ref()));
        boolean object = target != null && target.getProperties() != null && !target.getProperties().isEmpty()
                && (target.getType() == null || "object".equals(target.getType())
                || (target.getTypes() != null && target.getTypes().contains("object")));
        return object ? target : null;
    }

    /** {@link PageQuery} fills in page 1 and size 20 when they are missing; say so. */
    private static void pageDefaults(String schema, String property, Parameter parameter) {
        if (!PageQuery.class.getSimpleName().equals(schema)) {
            return;
        }
        if ("page".equals(property)) {
            parameter.description("页码，从 1 开始（默认 1）");
        } else if ("size".equals(property)) {
            parameter.description("每页条数，1–100（默认 20）");
        }
    }

    private static String schemaName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Schemas that only existed as query objects go once nothing refers to them any more. */
    private static void removeUnreferenced(OpenAPI openApi, Set<String> candidates) {
        if (candidates.isEmpty() || openApi.getComponents().getSchemas() == null) {
            return;
        }
        String json = io.swagger.v3.core.util.Json.pretty(openApi);
        candidates.stream()
                .filter(name -> !json.contains("\"#/components/schemas/" + name + "\""))
                .forEach(openApi.getComponents().getSchemas()::remove);
    }

    /** A {@code MultipartFile} parameter without {@code consumes}: springdoc says JSON, the endpoint reads multipart. */
    @SuppressWarnings("rawtypes")
    private static void multipartForFiles(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        Content content = op.getRequestBody().getContent();
        String json = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
        if (content.size() != 1 || !content.containsKey(json)) {
            return;
        }
        Schema<?> schema = content.get(json).getSchema();
        Map<String, Schema> properties = schema == null ? null : schema.getProperties();
        boolean hasFile = properties != null && properties.values().stream().anyMatch(s -> isBinary(s)
                || (s.getItems() != null && isBinary(s.getItems())));
        if (hasFile) {
            Content multipart = new Content();
            multipart.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, content.get(json));
            op.getRequestBody().setContent(multipart);
        }
    }

    private static boolean isBinary(Schema<?> s) {
        return "binary".equals(s.getFormat());
    }

    // ---- order ---------------------------------------------------------------------------------

    /** The published API is under /api; anything else (test helpers, framework endpoints) stays out. */
    private static void keepApiPaths(OpenAPI openApi) {
        openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
    }

    private static void sort(OpenAPI openApi) {
        if (openApi.getPaths() != null) {
            Paths sorted = new Paths();
            new TreeMap<>(openApi.getPaths()).forEach(sorted::addPathItem);
            sorted.setExtensions(openApi.getPaths().getExtensions());
            sorted.values().forEach(OpenApiConfig::sortResponses);
            openApi.setPaths(sorted);
        }
        Components c = openApi.getComponents();
        if (c != null) {
            c.setSchemas(sortedMap(c.getSchemas()));
            c.setResponses(sortedMap(c.getResponses()));
            c.setParameters(sortedMap(c.getParameters()));
            c.setSecuritySchemes(sortedMap(c.getSecuritySchemes()));
            c.setExamples(sortedMap(c.getExamples()));
            c.setRequestBodies(sortedMap(c.getRequestBodies()));
            c.setHeaders(sortedMap(c.getHeaders()));
        }
        if (openApi.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openApi.getTags());
            tags.sort(Comparator.comparing(Tag::getName));
            openApi.setTags(tags);
        }
    }

    private static void sortResponses(PathItem item) {
        item.readOperations().forEach(op -> {
            if (op.getResponses() != null) {
                ApiResponses sorted = new ApiResponses();
                new TreeMap<>(op.getResponses()).forEach(sorted::addApiResponse);
                sorted.setExtensions(op.getResponses().getExtensions());
                op.setResponses(sorted);
            }
        });
    }

    private static <V> Map<String, V> sortedMap(Map<String, V> map) {
        return map == null ? null : new LinkedHashMap<>(new TreeMap<>(map));
    }
}
