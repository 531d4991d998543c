package cn.dengkou.bizservice.common;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;

/** Fails start-up when one of our endpoints has no explicit role rule: forgetting one must not open it. */
@Component
class AccessRuleCheck implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;

    AccessRuleCheck(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.mapping = requestMappingHandlerMapping;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> missing = endpointsWithoutRule(mapping);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("endpoints without @PreAuthorize: " + missing);
        }
    }

    static List<String> endpointsWithoutRule(RequestMappingHandlerMapping mapping) {
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("cn.dengkou.bizservice"))
                .filter(e -> !hasRule(e.getValue()))
                .map(e -> e.getKey().toString())
                .toList();
    }

    private static boolean hasRule(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
    }
}
