package cn.dengkou.bizservice.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code app.auth.*}: token lifetimes and the staff-login lockout.
 *
 * @param maxFailures failed staff logins within {@code lockDuration} before the account answers 429
 */
@ConfigurationProperties("app.auth")
record AuthProperties(Duration ownerTokenTtl, Duration staffTokenTtl, Integer maxFailures, Duration lockDuration) {

    AuthProperties {
        ownerTokenTtl = ownerTokenTtl == null ? Duration.ofDays(7) : ownerTokenTtl;
        staffTokenTtl = staffTokenTtl == null ? Duration.ofHours(12) : staffTokenTtl;
        maxFailures = maxFailures == null ? 5 : maxFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
