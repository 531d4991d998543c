package cn.dengkou.bizservice.common;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fails start-up when one of our endpoints has no explicit role rule (forgetting one must not open it),
 * or has a rule that reads the method's arguments: {@link AccessGate} checks rules before the arguments
 * exist, so such a rule would leave validation answering before authorization. Object-level checks
 * ("does this staff member manage this notice") belong in the feature's service. Parsing every rule here
 * also fills the gate's cache, so a malformed expression stops the start instead of a request.
 */
@Component
class AccessRuleCheck implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;
    private final AccessGate gate;

    AccessRuleCheck(RequestMappingHandlerMapping requestMappingHandlerMapping, AccessGate gate) {
        this.mapping = requestMappingHandlerMapping;
        this.gate = gate;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> missing = endpointsWithoutRule(mapping);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("endpoints without @PreAuthorize: " + missing);
        }
        List<String> late = ours(mapping)
                .filter(e -> gate.ruleOf(e.getValue()).readsArguments())
                .map(e -> e.getKey() + " " + AccessRule.of(e.getValue()))
                .toList();
        if (!late.isEmpty()) {
            throw new IllegalStateException("@PreAuthorize rules that read the method's arguments cannot be checked "
                    + "before the body is validated; check the object in the service instead: " + late);
        }
    }

    static List<String> endpointsWithoutRule(RequestMappingHandlerMapping mapping) {
        return ours(mapping)
                .filter(e -> AccessRule.of(e.getValue()) == null)
                .map(e -> e.getKey().toString())
                .toList();
    }

    private static Stream<Map.Entry<RequestMappingInfo, HandlerMethod>> ours(RequestMappingHandlerMapping mapping) {
        return mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("cn.dengkou.bizservice"));
    }
}
