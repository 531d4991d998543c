package cn.dengkou.bizservice.common;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the endpoint's {@code @PreAuthorize} rule once Spring MVC knows the handler and before it
 * resolves the handler's arguments. Method security runs only when the arguments exist, i.e. after the
 * body was read and validated, so without this gate a caller without the right got 400 with the field
 * rules instead of 401/403. A denial throws {@link AccessDeniedException}, which {@code ProblemHandler}
 * answers exactly as it answers method security's. {@code @PreAuthorize} still runs as the second check.
 *
 * <p>Each handler method's rule is parsed once and cached; a request costs one map lookup, plus one
 * evaluation with the same expression handler method security uses unless the rule is {@code permitAll()}.
 */
@Component
class AccessGate implements HandlerInterceptor, WebMvcConfigurer {

    private final MethodSecurityExpressionHandler expressions;
    private final Map<Method, Rule> rules = new ConcurrentHashMap<>();

    AccessGate(MethodSecurityExpressionHandler expressions) {
        this.expressions = expressions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // An async dispatch resumes a handler the original request was already let into.
        if (!(handler instanceof HandlerMethod endpoint) || request.getDispatcherType() == DispatcherType.ASYNC) {
            return true;
        }
        Rule rule = ruleOf(endpoint);
        if (rule.expression == null) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !ExpressionUtils.evaluateAsBoolean(rule.expression,
                expressions.createEvaluationContext(caller, new SimpleMethodInvocation(endpoint.getBean(), endpoint.getMethod())))) {
            throw new AccessDeniedException("denied by " + rule.source);
        }
        return true;
    }

    /** The endpoint's parsed rule, from the cache after the first call; start-up fills it for every endpoint. */
    Rule ruleOf(HandlerMethod endpoint) {
        return rules.computeIfAbsent(endpoint.getMethod(), m -> parse(AccessRule.of(endpoint)));
    }

    private Rule parse(String source) {
        if (source == null || Access.PUBLIC.equals(source.strip())) {
            // No rule of ours (springdoc's own endpoints; AccessRuleCheck makes sure ours have one), or open to all.
            return new Rule(source, null, false);
        }
        Expression expression = expressions.getExpressionParser().parseExpression(source);
        boolean readsArguments = readsVariables(expression);
        // A rule on the arguments (#id) can only be judged once they exist: method security alone does.
        return new Rule(source, readsArguments ? null : expression, readsArguments);
    }

    private static boolean readsVariables(Expression expression) {
        return expression instanceof SpelExpression spel && readsVariables(spel.getAST());
    }

    private static boolean readsVariables(SpelNode node) {
        if (node instanceof VariableReference) {
            return true;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            if (readsVariables(node.getChild(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param expression what the gate evaluates; null when it lets the request through (public, none, or
     *                   a rule that needs the arguments)
     * @param readsArguments the rule refers to the method's arguments, so it cannot be checked before them
     */
    record Rule(String source, Expression expression, boolean readsArguments) {
    }
}
