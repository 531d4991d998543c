package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances sharing Redis, each with its in-memory copy of resolved tokens. */
@IntegrationTest
class SessionTokensTest {

    private static final Duration CHECK_EVERY_REQUEST = Duration.ZERO;
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    JedisPooled redis;

    private SessionTokens instance(Duration revocationCheck) {
        return new SessionTokens(redis, Duration.ofSeconds(60), revocationCheck);
    }

    private static AuthUser owner(long id) {
        return new AuthUser(id, Set.of(Role.OWNER), null);
    }

    @Test
    void aLogoutOnOneInstanceIsRefusedByTheOtherAtItsNextCheck() {
        SessionTokens a = instance(CHECK_EVERY_REQUEST);
        SessionTokens b = instance(CHECK_EVERY_REQUEST);
        String token = a.issue(owner(900_001), HOUR);
        assertThat(a.resolve(token)).isEqualTo(owner(900_001));
        assertThat(b.resolve(token)).isEqualTo(owner(900_001));

        b.revoke(token);

        assertThat(b.resolve(token)).isNull();
        assertThat(a.resolve(token)).isNull();
    }

    @Test
    void betweenChecksAnotherInstanceServesItsCopySoTheCheckIsWhatBoundsIt() {
        SessionTokens cached = instance(HOUR);
        SessionTokens other = instance(CHECK_EVERY_REQUEST);
        String token = other.issue(owner(900_002), HOUR);
        assertThat(cached.resolve(token)).isNotNull();

        other.revoke(token);

        // the copy is in use: without a check this instance still accepts the token ...
        assertThat(cached.resolve(token)).isNotNull();
        // ... and an instance that checks refuses it (the default check is every 250 ms)
        assertThat(instance(CHECK_EVERY_REQUEST).resolve(token)).isNull();
    }

    @Test
    void theInstanceThatRevokesForgetsAtOnceWhateverItsCheckInterval() {
        SessionTokens a = instance(HOUR);
        String first = a.issue(owner(900_003), HOUR);
        String second = a.issue(owner(900_003), HOUR);
        String someoneElse = a.issue(owner(900_004), HOUR);
        assertThat(a.resolve(first)).isNotNull();
        assertThat(a.resolve(second)).isNotNull();
        assertThat(a.resolve(someoneElse)).isNotNull();

        a.revoke(first);
        assertThat(a.resolve(first)).isNull();
        assertThat(a.resolve(second)).isNotNull();

        a.revokeAll(900_003);
        assertThat(a.resolve(second)).isNull();
        assertThat(a.resolve(someoneElse)).isNotNull();
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionsOnTheOther() {
        SessionTokens a = instance(CHECK_EVERY_REQUEST);
        SessionTokens b = instance(CHECK_EVERY_REQUEST);
        String token = a.issue(owner(900_005), HOUR);
        assertThat(a.resolve(token)).isNotNull();

        b.revokeAll(900_005);

        assertThat(a.resolve(token)).isNull();
    }

    @Test
    void aCopyNeverOutlivesTheToken() throws InterruptedException {
        SessionTokens a = instance(HOUR);
        String token = a.issue(owner(900_006), Duration.ofSeconds(1));
        assertThat(a.resolve(token)).isNotNull();

        Thread.sleep(1_300);

        assertThat(a.resolve(token)).isNull();
    }
}
