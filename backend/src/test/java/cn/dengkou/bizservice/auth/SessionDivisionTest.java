package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import redis.clients.jedis.JedisPooled;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A session carries the staff member's division; one from before counties (no division) makes staff log in again. */
@IntegrationTest
class SessionDivisionTest {

    @Autowired
    SessionTokens tokens;
    @Autowired
    JedisPooled redis;

    @Test
    void theDivisionComesBackAndInASingleCountyDeploymentLimitsNothing() {
        String token = tokens.issue(new AuthUser(910_001, Set.of(Role.ASSOCIATION), null, "150822", null),
                Duration.ofMinutes(5));
        AuthUser user = tokens.resolve(token);
        assertThat(user.county()).isEqualTo("150822");
        assertThat(user.counties()).as("the one served county is every county").isNull();

        String elsewhere = tokens.issue(new AuthUser(910_002, Set.of(Role.ADMIN), null, "150826", null),
                Duration.ofMinutes(5));
        assertThat(tokens.resolve(elsewhere).counties()).as("a county not served: nowhere").isEmpty();
    }

    @Test
    void aStaffSessionWrittenBeforeCountiesIsRefusedAndAnOwnersIsNot() throws Exception {
        long expires = System.currentTimeMillis() + 300_000;
        String staff = "old-staff-session-token-" + System.nanoTime();
        String owner = "old-owner-session-token-" + System.nanoTime();
        redis.setex("auth:token:" + sha256(staff), 300, "910003|ADMIN||" + expires);
        redis.setex("auth:token:" + sha256(owner), 300, "910004|OWNER||" + expires);

        assertThat(tokens.resolve(staff)).isNull();
        assertThat(tokens.resolve(owner)).isEqualTo(new AuthUser(910_004, Set.of(Role.OWNER), null));
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
