package cn.dengkou.bizservice.support;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link IntegrationTest} against a deployment serving 磴口县 (150822) and 杭锦后旗 (150826): a second application
 * context on the shared database and Redis, without a dispatcher, a notice-release job or a bootstrap ADMIN of its
 * own (tests write their county and prefecture staff themselves), closed after the class so that it never runs
 * beside the suite's single-county context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
        "app.counties=150822,150826",
        "app.bootstrap.admin-username=",
        "app.push.dispatcher.enabled=false",
        "app.notice.release-poll-millis=3600000"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface TwoCountyDeployment {
}
