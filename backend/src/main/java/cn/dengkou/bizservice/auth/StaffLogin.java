package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import redis.clients.jedis.JedisPooled;

import java.util.Locale;

/** Username + BCrypt password, with a per-account lockout counted in Redis (shared by all instances). */
@Service
class StaffLogin {

    private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);

    private final UserAccountMapper users;
    private final PasswordEncoder encoder;
    private final SessionTokens tokens;
    private final JedisPooled redis;
    private final AuthProperties props;
    /** Compared against when the user does not exist, so both paths cost one BCrypt check. */
    private final String decoyHash;

    StaffLogin(UserAccountMapper users, PasswordEncoder encoder, SessionTokens tokens, JedisPooled redis,
               AuthProperties props) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.redis = redis;
        this.props = props;
        this.decoyHash = encoder.encode("decoy-password-never-used");
    }

    LoginResponse login(String username, String password) {
        String failKey = "auth:fail:" + username.toLowerCase(Locale.ROOT);
        String failures = redis.get(failKey);
        if (failures != null && Integer.parseInt(failures) >= props.maxFailures()) {
            throw new ApiException(ErrorCode.ACCOUNT_LOCKED);
        }
        UserAccount user = users.findByUsername(username);
        boolean matches = encoder.matches(password, user == null ? decoyHash : user.getPasswordHash());
        if (user == null || !matches) {
            long count = redis.incr(failKey);
            if (count == 1) {
                redis.expire(failKey, props.lockDuration().toSeconds());
            }
            if (count >= props.maxFailures()) {
                log.warn("staff account locked after {} failed logins", count);
                throw new ApiException(ErrorCode.ACCOUNT_LOCKED);
            }
            throw new ApiException(ErrorCode.BAD_CREDENTIALS);
        }
        if (!Boolean.TRUE.equals(user.getEnabled())) {
            throw new ApiException(ErrorCode.ACCOUNT_DISABLED);
        }
        if (user.getCounty() == null) {
            // an account without a division would act in every county: refused rather than guessed
            throw new ApiException(ErrorCode.ACCOUNT_DISABLED, "账号未设置所属区县（旗），请联系管理员");
        }
        redis.del(failKey);
        AuthUser authUser = new AuthUser(user.getId(), user.roleSet(), user.getDepartment(), user.getCounty(), null);
        String token = tokens.issue(authUser, props.staffTokenTtl());
        log.info("staff user {} logged in", user.getId());
        return new LoginResponse(token, props.staffTokenTtl().toSeconds(),
                new LoginResponse.User(user.getId(), authUser.roles(), user.getDisplayName(), user.getDepartment(), null));
    }
}
