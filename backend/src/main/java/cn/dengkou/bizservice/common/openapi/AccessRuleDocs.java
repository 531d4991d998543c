package cn.dengkou.bizservice.common.openapi;

import cn.dengkou.bizservice.common.Access;
import cn.dengkou.bizservice.common.AccessRule;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each operation is annotated from its {@code @PreAuthorize} rule (see {@link Access}): {@code x-roles}
 * lists who may call it ({@code PUBLIC}, {@code AUTHENTICATED} or role names), and every operation but the
 * public ones requires the bearer token.
 */
class AccessRuleDocs implements OperationCustomizer, OpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    static final String ROLES_EXTENSION = "x-roles";
    /** Present only when the rule is more than a plain role list (e.g. an extra bean check). */
    static final String RULE_EXTENSION = "x-access-rule";
    static final String PUBLIC = "PUBLIC";
    static final String AUTHENTICATED = "AUTHENTICATED";

    private static final Pattern ROLE_CALL =
            Pattern.compile("has(?:Any)?(Role|Authority)\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern SIMPLE_RULE = Pattern.compile(
            "\\s*(permitAll\\(\\)|isAuthenticated\\(\\)|has(Any)?(Role|Authority)\\s*\\([^)]*\\))\\s*");

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        String rule = AccessRule.of(handlerMethod);
        List<String> roles = rolesOf(rule);
        operation.addExtension(ROLES_EXTENSION, roles);
        if (rule != null && !SIMPLE_RULE.matcher(rule).matches()) {
            operation.addExtension(RULE_EXTENSION, rule);
        }
        if (!isPublic(roles)) {
            operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
        }
        String access = "权限：" + describe(roles);
        operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank()
                ? access : operation.getDescription() + "\n\n" + access);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("登录接口（/auth/wx-login 或 /auth/staff-login）返回的 token，"
                        + "放在请求头 `Authorization: Bearer <token>` 中。"));
    }

    static List<String> rolesOf(HandlerMethod handlerMethod) {
        return rolesOf(AccessRule.of(handlerMethod));
    }

    /**
     * {@code permitAll()} → PUBLIC, {@code isAuthenticated()} → AUTHENTICATED, {@code hasRole('X')} and
     * {@code hasAnyRole('X','Y')} → the role names. No rule at all cannot happen ({@code AccessRuleCheck}
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

    static boolean isPublic(List<String> roles) {
        return roles.equals(List.of(PUBLIC));
    }

    private static String describe(List<String> roles) {
        if (isPublic(roles)) {
            return "公开（游客可调用；已登录时也可带上 token）";
        }
        if (roles.equals(List.of(AUTHENTICATED))) {
            return "任何已登录用户";
        }
        return String.join("、", roles);
    }
}
