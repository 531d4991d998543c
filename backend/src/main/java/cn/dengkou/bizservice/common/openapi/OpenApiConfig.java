package cn.dengkou.bizservice.common.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}).
 * A copy is committed as {@code miniprogram-api-docs/openapi.json}; {@code OpenApiDocsTest} fails when
 * the two drift, so the document must come out byte-for-byte the same on every run: the server is
 * relative (no host or port), and paths, schemas, responses and tags are sorted.
 *
 * <p>springdoc builds it from the controllers; each customizer below does one job on top. They run in
 * the order declared here (springdoc keeps the beans' registration order), and {@link StableDocument}
 * must stay last: it drops non-API paths and orphaned schemas and sorts what is left.
 */
@Configuration
class OpenApiConfig {


    static final String TITLE = "磴口县个体工商户服务小程序 API";
    /** Who answers questions about the API: the team keeping this repository (no mailbox of its own yet). */
    static final String CONTACT = "磴口县个体工商户服务小程序后端开发组";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

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
                                错误一律以 `application/problem+json` 返回，`code` 字段稳定，取值见 error-codes.md。""")
                        .contact(new Contact().name(CONTACT)))
                // Relative: Swagger UI calls whatever host served it, and the document has no random port.
                .servers(List.of(new Server().url("/").description("当前服务器")));
    }

    /** x-roles, the bearer requirement and the "权限：" line from each endpoint's {@code @PreAuthorize}. */
    @Bean
    AccessRuleDocs accessRuleDocs() {
        return new AccessRuleDocs();
    }

    /** The Problem schema and the 400/401/403/default responses that refer to it. */
    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    /** Records bound from the query string become one query parameter per property. */
    @Bean
    QueryRecords queryRecords() {
        return new QueryRecords();
    }

    /** JSON instead of springdoc's {@code *}/{@code *}, multipart for bodies that carry a file. */
    @Bean
    MediaTypes mediaTypes() {
        return new MediaTypes();
    }

    /** The optional Idempotency-Key header on writes that need a token. */
    @Bean
    IdempotencyHeader idempotencyHeader() {
        return new IdempotencyHeader();
    }

    /** Nullable references and any-value maps written the way OpenAPI 3.0 (and every client tool) reads them. */
    @Bean
    Oas30Schemas oas30Schemas() {
        return new Oas30Schemas();
    }

    /** A schema only answers use lists every property as required (Jackson writes nulls too). */
    @Bean
    AnswerFields answerFields() {
        return new AnswerFields();
    }

    /** Every tag an operation uses, declared at the top (with the controller's {@code @Tag} description). */
    @Bean
    DeclaredTags declaredTags() {
        return new DeclaredTags();
    }

    /** Last: only /api paths, no orphaned schemas, sorted; stable operationIds. */
    @Bean
    StableDocument stableDocument() {
        return new StableDocument();
    }
}
