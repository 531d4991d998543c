package cn.dengkou.bizservice.common;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

import java.nio.charset.StandardCharsets;

/**
 * Keeps the servlet container's own filter chain down to Spring Security's one filter.
 *
 * <p>Why: Tomcat 10.1 looks every registered servlet filter up under one shared monitor
 * ({@code StandardContext.findFilterConfig}) on every request. On the county's 2-core server at
 * 100 concurrent requests that monitor was the main place request threads waited (a JFR recording of
 * {@code scripts/bench/notice-bench.sh}, see docs/benchmarks.md). So the work those filters did is
 * done elsewhere:
 * <ul>
 *   <li>character encoding: the context's default request and response encoding is UTF-8
 *       (instead of Spring Boot's {@code characterEncodingFilter}, off by {@code server.servlet.encoding.enabled=false});</li>
 *   <li>the request-body limit ({@link BodyLimitFilter}) runs first inside the security chain;</li>
 *   <li>{@code RequestContextFilter}: the DispatcherServlet binds the request context itself and no
 *       code before it reads {@code RequestContextHolder};</li>
 *   <li>form bodies of PUT/PATCH ({@code formContentFilter}): the API takes JSON and multipart only
 *       ({@code spring.mvc.formcontent.filter.enabled=false});</li>
 *   <li>per-request observations ({@code webMvcObservationFilter}): no metrics endpoint is exposed,
 *       so its auto-configuration is excluded in application.yml;</li>
 *   <li>WebSocket ({@code WsFilter}): tomcat-embed-websocket is left out of the build.</li>
 * </ul>
 * {@code ServletPipelineTest} asserts the container ends up with exactly one filter.
 */
@Configuration
class ServletPipeline {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> utf8ByDefault() {
        return factory -> factory.addContextCustomizers(context -> {
            context.setRequestCharacterEncoding(StandardCharsets.UTF_8.name());
            context.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        });
    }

    /** Its presence (disabled) stops Spring Boot's {@code requestContextFilter} from being created at all. */
    @Bean
    FilterRegistrationBean<RequestContextFilter> requestContextFilterNotInContainer() {
        return disabled(new RequestContextFilter());
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilterNotInContainer(BodyLimitFilter filter) {
        return disabled(filter);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> disabled(F filter) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
