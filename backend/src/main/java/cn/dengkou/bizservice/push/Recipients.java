package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.targeting.Audience;

import java.util.Collection;
import java.util.List;

/**
 * Who a push goes to, as a query the database runs (never a list loaded into memory): enabled WeChat
 * users, narrowed by each part that is set.
 *
 * @param owners    null = no business needed; else only bound, VERIFIED owners whose business is in this
 *                  {@link Audience} (the targeting rule, run as {@code targeting.AudienceSql})
 * @param userIds   null = not restricted to listed users; a list (even empty) = only those users
 * @param source    null, or the name of an {@link AudienceSource}: only the users it selects for
 *                  {@code sourceRef} (e.g. the people registered for event 7), streamed by the database
 */
public record Recipients(Audience owners, List<Long> userIds, String source, Long sourceRef) {

    public Recipients {
        userIds = userIds == null ? null : List.copyOf(userIds);
        if ((source == null) != (sourceRef == null)) {
            throw new IllegalArgumentException("an audience source needs its reference and the other way round");
        }
        if (owners == null && userIds == null && source == null) {
            throw new IllegalArgumentException("recipients need owners, listed users or a source");
        }
    }

    /** Every bound, VERIFIED owner. */
    public static Recipients allOwners() {
        return owners(Audience.everyone());
    }

    /** Bound, VERIFIED owners whose business is in the audience. */
    public static Recipients owners(Audience audience) {
        return new Recipients(audience, null, null, null);
    }

    /** Exactly these users (e.g. the author of a feedback ticket), a bound business not required. */
    public static Recipients users(Collection<Long> userIds) {
        return new Recipients(null, List.copyOf(userIds), null, null);
    }

    /** The users an {@link AudienceSource} selects for {@code ref}, e.g. {@code of("notice-favorites", 42)}. */
    public static Recipients of(String source, long ref) {
        return new Recipients(null, null, source, ref);
    }

    /** The same users, narrowed to bound, VERIFIED owners whose business is in the audience. */
    public Recipients owning(Audience audience) {
        return new Recipients(audience, userIds, source, sourceRef);
    }

    /** Listed users, but none listed: nobody, without asking the database. */
    boolean isNobody() {
        return userIds != null && userIds.isEmpty();
    }
}
