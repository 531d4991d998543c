package cn.dengkou.bizservice.auth;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.SharedVersion;
import cn.dengkou.bizservice.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opaque bearer tokens in Redis. Only a SHA-256 of the token is stored (with the user id, roles, department,
 * expiry and the staff account's division), so a Redis dump does not hand out sessions; each user's token hashes are kept in a set so disabling an account ends them all.
 *
 * <p>Each instance also keeps the tokens it has resolved in memory for up to {@code app.auth.local-cache-ttl}
 * (default 60 s, never past the token's own expiry; 0 turns it off), so most requests need no Redis call.
 * Revocation stays prompt: {@link #revoke} and {@link #revokeAll} drop the entries here and
 * {@code INCR auth:revocations}; every instance reads that counter at most every
 * {@code app.auth.revocation-check} (default 250 ms) and empties its copy when it moved. So a logout
 * or a disabled account is refused at once on the instance that did it and within that interval on
 * the others. If Redis cannot be read the copy is emptied and requests go to Redis (and fail as before).
 */
@Component
public class SessionTokens {

    static final String REVOCATIONS_KEY = "auth:revocations";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LOCAL = 100_000;

    private record Cached(AuthUser user, long expiresAtNanos) {
    }

    private final JedisPooled redis;
    /** A division → the counties its staff act in (Counties.reach), worked out when a session is resolved. */
    private final Function<String, Set<String>> reach;
    private final long localTtlNanos;
    private final ConcurrentHashMap<String, Cached> local = new ConcurrentHashMap<>();
    /** Moves whenever entries may have been revoked; a resolve that saw another value does not cache. */
    private final AtomicLong generation = new AtomicLong();
    /** Moved by every revocation, on any instance. */
    private final SharedVersion revocations;

    @Autowired
    SessionTokens(JedisPooled redis, @Value("${app.auth.local-cache-ttl:60s}") Duration localTtl,
                  @Value("${app.auth.revocation-check:250ms}") Duration revocationCheck, Counties counties) {
        this(redis, localTtl, revocationCheck, counties::reach);
    }

    /** Without the served counties: every division reaches no county (owners' sessions only). */
    SessionTokens(JedisPooled redis, Duration localTtl, Duration revocationCheck) {
        this(redis, localTtl, revocationCheck, division -> Set.of());
    }

    private SessionTokens(JedisPooled redis, Duration localTtl, Duration revocationCheck,
                          Function<String, Set<String>> reach) {
        this.reach = reach;
        this.redis = redis;
        this.localTtlNanos = localTtl.toNanos();
        this.revocations = new SharedVersion(redis, REVOCATIONS_KEY, revocationCheck);
    }

    /** Issues a new token for the user; returns the token the client keeps. */
    public String issue(AuthUser user, Duration ttl) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String hash = hash(token);
        String roles = user.roles().stream().map(Role::name).collect(Collectors.joining(","));
        long seconds = ttl.toSeconds();
        long expiresAtMillis = System.currentTimeMillis() + seconds * 1000;
        String value = user.id() + "|" + roles + "|" + (user.department() == null ? "" : user.department())
                + "|" + expiresAtMillis + "|" + (user.county() == null ? "" : user.county());
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
        String hash = hash(token);
        boolean caching = localTtlNanos > 0;
        long stamp = 0;
        if (caching) {
            checkRevocations();
            stamp = generation.get();
            Cached c = local.get(hash);
            if (c != null && System.nanoTime() - c.expiresAtNanos() < 0) {
                return c.user();
            }
        }
        String value = redis.get(tokenKey(hash));
        if (value == null) {
            return null;
        }
        String[] parts = value.split("\\|", -1);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(parts[1].split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        if (parts.length < 5 && roles.stream().anyMatch(Role::isStaff)) {
            return null; // a staff session from before counties: its division is unknown, so it logs in again
        }
        String county = parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
        AuthUser user = new AuthUser(Long.parseLong(parts[0]), roles, parts[2].isEmpty() ? null : parts[2], county,
                county == null ? null : reach.apply(county));
        if (caching && generation.get() == stamp) {
            long now = System.nanoTime();
            long ttl = localTtlNanos;
            if (parts.length > 3 && !parts[3].isEmpty()) {
                ttl = Math.min(ttl, (Long.parseLong(parts[3]) - System.currentTimeMillis()) * 1_000_000);
            }
            if (ttl > 0) {
                if (local.size() >= MAX_LOCAL) {
                    local.clear();
                }
                Cached entry = new Cached(user, now + ttl);
                local.put(hash, entry);
                // a revocation may have run between the check above and the put: it bumps the
                // generation before it forgets entries, so either it removed ours or we see it here
                if (generation.get() != stamp) {
                    local.remove(hash, entry);
                }
            }
        }
        return user;
    }

    public void revoke(String token) {
        String hash = hash(token);
        String value = redis.get(tokenKey(hash));
        redis.del(tokenKey(hash));
        if (value != null) {
            redis.srem(userKey(Long.parseLong(value.substring(0, value.indexOf('|')))), hash);
        }
        revoked(() -> local.remove(hash));
    }

    /** Ends every session of a user at once (account disabled, roles changed). */
    public void revokeAll(long userId) {
        String userKey = userKey(userId);
        Set<String> hashes = redis.smembers(userKey);
        if (!hashes.isEmpty()) {
            redis.del(hashes.stream().map(SessionTokens::tokenKey).toArray(String[]::new));
        }
        redis.del(userKey);
        revoked(() -> local.values().removeIf(c -> c.user().id() == userId));
    }

    /** After a revocation in Redis: tell the other instances, and forget here at once. */
    private void revoked(Runnable forget) {
        redis.incr(REVOCATIONS_KEY);
        generation.incrementAndGet();
        forget.run();
    }

    /** At most every revocation-check interval: empties the local copy when some instance revoked a token. */
    private void checkRevocations() {
        if (revocations.moved()) { // an unreadable Redis counts as moved: forget everything, ask Redis per request
            generation.incrementAndGet();
            local.clear();
        }
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
