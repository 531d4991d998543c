package cn.dengkou.bizservice.common.openapi;

import cn.dengkou.bizservice.common.IdempotencyFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.Set;

/**
 * The {@code Idempotency-Key} header ({@link IdempotencyFilter}) as one shared parameter, offered on every
 * write that needs a token: guests' requests are never replayed, so public writes do not list it.
 */
class IdempotencyHeader implements OpenApiCustomizer {

    static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addParameters(IDEMPOTENCY_PARAMETER, idempotencyParameter());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (WRITE_METHODS.contains(method.name()) && op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                addIdempotencyHeader(op);
            }
        }));
    }

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
}
