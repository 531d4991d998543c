package cn.dengkou.bizservice.common;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the gate can check before the arguments exist, and the start-up refusal of what it cannot. */
class AccessGateTest {

    private final AccessGate gate = new AccessGate(new DefaultMethodSecurityExpressionHandler());

    @PreAuthorize(Access.NOTICE_STAFF)
    static class Endpoints {

        void byClassRule() {
        }

        @PreAuthorize(Access.PUBLIC)
        void open() {
        }

        @PreAuthorize("hasRole('ADMIN') and #id > 0")
        void onTheArguments(long id) {
        }
    }

    @Test
    void roleRulesAreParsedOnceAndPublicOnesNeedNoEvaluation() throws Exception {
        HandlerMethod byClass = endpoint("byClassRule");
        AccessGate.Rule rule = gate.ruleOf(byClass);
        assertThat(rule.source()).isEqualTo(Access.NOTICE_STAFF);
        assertThat(rule.expression()).isNotNull();
        assertThat(rule.readsArguments()).isFalse();
        assertThat(gate.ruleOf(endpoint("byClassRule"))).isSameAs(rule);

        assertThat(gate.ruleOf(endpoint("open")).expression()).isNull();
    }

    @Test
    void aRuleOnTheArgumentsIsLeftToMethodSecurityAndStopsTheStart() throws Exception {
        assertThat(gate.ruleOf(endpoint("onTheArguments", long.class)).readsArguments()).isTrue();

        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.registerMapping(RequestMappingInfo.paths("/late").build(), new Endpoints(),
                Endpoints.class.getDeclaredMethod("onTheArguments", long.class));
        mapping.registerMapping(RequestMappingInfo.paths("/fine").build(), new Endpoints(),
                Endpoints.class.getDeclaredMethod("byClassRule"));
        assertThatThrownBy(() -> new AccessRuleCheck(mapping, gate).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/late")
                .hasMessageNotContaining("/fine");
    }

    private static HandlerMethod endpoint(String name, Class<?>... parameters) throws NoSuchMethodException {
        return new HandlerMethod(new Endpoints(), Endpoints.class.getDeclaredMethod(name, parameters));
    }
}
