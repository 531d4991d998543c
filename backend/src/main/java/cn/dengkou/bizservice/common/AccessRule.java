package cn.dengkou.bizservice.common;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Which {@code @PreAuthorize} rule applies to an endpoint: its method's, else its controller's. One
 * lookup for the start-up check, the access gate and the API document, so all three read the same rule.
 */
public final class AccessRule {

    private AccessRule() {
    }

    /** The rule's expression (one of {@link Access}), or null when neither the method nor its class has one. */
    public static String of(HandlerMethod endpoint) {
        PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(endpoint.getMethod(), PreAuthorize.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Class<?> type = ClassUtils.getUserClass(endpoint.getBeanType());
        PreAuthorize onType = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        return onType == null ? null : onType.value();
    }
}
