package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opaque bearer tokens in Redis. Only a SHA-256 of the token is stored, so a Redis dump does not
 * hand out sessions; each user's token hashes are kept in a set so disabling an account ends them all.
 */
@Component
public class SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JedisPooled redis;

    SessionTokens(JedisPooled redis) {
        this.redis = redis;
    }

    /** Issues a new token for the user; returns the token the client keeps. */
    public String issue(AuthUser user, Duration ttl) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = hash(token);
        String roles = user.roles().stream().map(Role::name).collect(Collectors.joining(","));
        String value = user.id() + "|" + roles + "|" + (user.department() == null ? "" : user.department());
        long seconds = ttl.toSeconds();
        redis.setex(tokenKey(hash), seconds, value);
        String userKey = userKey(user.id());
        redis.sadd(userKey, hash);
        redis.expire(userKey, seconds);
        return token;
    }

    /** The user behind a live token, or null for an unknown or expired one. */
    public AuthUser resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return null;
        }
        String value = redis.get(tokenKey(hash(token)));
        if (value == null) {
            return null;
        }
        String[] parts = value.split("\\|", -1);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(parts[1].split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return new AuthUser(Long.parseLong(parts[0]), roles, parts[2].isEmpty() ? null : parts[2]);
    }

    public void revoke(String token) {
        String hash = hash(token);
        String value = redis.get(tokenKey(hash));
        redis.del(tokenKey(hash));
        if (value != null) {
            redis.srem(userKey(Long.parseLong(value.substring(0, value.indexOf('|')))), hash);
        }
    }

    /** Ends every session of a user at once (account disabled, roles changed). */
    public void revokeAll(long userId) {
        String userKey = userKey(userId);
        Set<String> hashes = redis.smembers(userKey);
        if (!hashes.isEmpty()) {
            redis.del(hashes.stream().map(SessionTokens::tokenKey).toArray(String[]::new));
        }
        redis.del(userKey);
    }

    private static String tokenKey(String hash) {
        return "auth:token:" + hash;
    }

    private static String userKey(long userId) {
        return "auth:user-tokens:" + userId;
    }

    private static String hash(String token) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
