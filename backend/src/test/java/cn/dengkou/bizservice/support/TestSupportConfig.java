package cn.dengkou.bizservice.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;


@TestConfiguration(proxyBeanMethods = false)
class TestSupportConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    Api api() {
        return new Api();
    }

    @Bean
    TestUsers testUsers() {
        return new TestUsers();
    }

}
