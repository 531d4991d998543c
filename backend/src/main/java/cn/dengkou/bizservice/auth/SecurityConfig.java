package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.BodyLimitFilter;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.IdempotencyFilter;
import cn.dengkou.bizservice.common.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import redis.clients.jedis.JedisPooled;

/**
 * Stateless bearer-token security. Role rules live on the endpoints as {@code @PreAuthorize}
 * (see {@link cn.dengkou.bizservice.common.Access}); the app refuses to start if an endpoint has none.
 * URL-level rules only pass everything through, so unknown paths answer 404 and wrong methods 405;
 * {@code common/AccessGate} checks the endpoint's rule before its arguments are read, and method
 * security checks it again on the call.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SessionTokens tokens, JedisPooled redis, ObjectMapper json,
                                    BodyLimitFilter bodyLimit) throws Exception {
        http.csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> Problems.write(res, json, ErrorCode.UNAUTHORIZED))
                        .accessDeniedHandler((req, res, ex) -> Problems.write(res, json, ErrorCode.FORBIDDEN)))
                .addFilterBefore(bodyLimit, DisableEncodeUrlFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new IdempotencyFilter(redis, json), BearerTokenFilter.class);
        return http.build();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization: with
     * an observation registry present Spring Security wraps every filter of the chain in one, and on
     * the notice-list benchmark that wrapping was a large share of each request's CPU. No metrics
     * endpoint is exposed to read them anyway (see common/ServletPipeline).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * One expression handler for both checks of a rule: method security picks this bean up, and
     * {@code AccessGate} evaluates with it, so a role prefix or hierarchy set here applies to both.
     * Static, as Spring Security asks, so that it does not pull this configuration in early.
     */
    @Bean
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler() {
        return new DefaultMethodSecurityExpressionHandler();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
