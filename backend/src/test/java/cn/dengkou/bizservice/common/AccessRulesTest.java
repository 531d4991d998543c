package cn.dengkou.bizservice.common;

import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccessRulesTest {

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Test
    void everyEndpointHasAnExplicitRoleRule() {
        assertThat(requestMappingHandlerMapping.getHandlerMethods()).isNotEmpty();
        assertThat(AccessRuleCheck.endpointsWithoutRule(requestMappingHandlerMapping)).isEmpty();
    }
}
