package cn.dengkou.bizservice.common.openapi;

import cn.dengkou.bizservice.common.ErrorCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.common.openapi.OpenApiConfig.PROBLEM_JSON;

/**
 * Errors are documented once, as the {@code Problem} schema ({@code application/problem+json}) that
 * {@code common/Problems} builds, and each operation refers to the shared responses it can get.
 */
class ProblemResponses implements OperationCustomizer, OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        List<String> roles = AccessRuleDocs.rolesOf(handlerMethod);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean isPublic = AccessRuleDocs.isPublic(roles);
        boolean needsRole = !isPublic && !roles.equals(List.of(AccessRuleDocs.AUTHENTICATED));
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
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        standardResponses().forEach(components::addResponses);
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
        // A path such as /api/v1/me, not an absolute URI.
        properties.put("instance", new StringSchema().format("uri-reference").description("出错的请求路径（可能缺省）"));
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
}
