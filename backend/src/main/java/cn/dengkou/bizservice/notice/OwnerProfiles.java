package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.business.BusinessView;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.targeting.BusinessProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owners' business profiles for ranking, kept in memory for a short while
 * ({@code app.notice.profile-cache-ttl}, default 30 s): a newly verified or re-tagged business
 * changes the ranking at most that much later. Bounded: cleared when it grows past 100,000 owners.
 */
@Component
class OwnerProfiles {

    private static final int MAX_ENTRIES = 100_000;

    private record Cached(Optional<BusinessProfile> profile, String county, long expiresAtNanos) {
    }

    private final OwnedBusinesses businesses;
    private final long ttlNanos;
    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<>();

    OwnerProfiles(OwnedBusinesses businesses, @Value("${app.notice.profile-cache-ttl:30s}") Duration ttl) {
        this.businesses = businesses;
        this.ttlNanos = ttl.toNanos();
    }

    /** The caller's VERIFIED business profile, or null (a guest, staff, no business, or not verified yet). */
    BusinessProfile of(AuthUser user) {
        return user != null && user.has(Role.OWNER) ? of(user.id()) : null;
    }

    /** The owner's VERIFIED business profile, or null (no business, or not verified yet). */
    BusinessProfile of(long userId) {
        return cached(userId).profile().orElse(null);
    }

    /** The county of the caller's bound business (any status), or null (a guest, staff, no business). */
    String countyOf(AuthUser user) {
        return user != null && user.has(Role.OWNER) ? cached(user.id()).county() : null;
    }

    private Cached cached(long userId) {
        long now = System.nanoTime();
        Cached c = cache.get(userId);
        if (c != null && now - c.expiresAtNanos() < 0) {
            return c;
        }
        BusinessView b = businesses.findForOwner(userId);
        c = new Cached(Optional.ofNullable(BusinessProfile.of(b)), b == null ? null : b.county(), now + ttlNanos);
        if (ttlNanos > 0) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(userId, c);
        }
        return c;
    }
}
