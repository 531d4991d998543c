package cn.dengkou.bizservice.push;

import java.util.Collection;
import java.util.List;

/**
 * Who a push goes to, as a query the database runs (never a list loaded into memory). Each empty
 * filter means "all"; with no {@code userIds} the audience is the bound, VERIFIED owners whose
 * business matches every filter.
 *
 * @param userIds null = not restricted to listed users; a list (even empty) = only those users
 *                (enabled WeChat users, a bound business not required unless a filter is also given)
 */
public record Audience(List<String> kinds, List<String> industries, List<String> townships, List<String> tags,
                       List<Long> userIds) {

    public Audience {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        industries = industries == null ? List.of() : List.copyOf(industries);
        townships = townships == null ? List.of() : List.copyOf(townships);
        tags = tags == null ? List.of() : List.copyOf(tags);
        userIds = userIds == null ? null : List.copyOf(userIds);
    }

    /** Every bound, VERIFIED owner. */
    public static Audience allOwners() {
        return new Audience(null, null, null, null, null);
    }

    /** Bound, VERIFIED owners whose business matches (an empty list means any value). */
    public static Audience owners(List<String> kinds, List<String> industries, List<String> townships, List<String> tags) {
        return new Audience(kinds, industries, townships, tags, null);
    }

    /** Exactly these users (e.g. the people registered for an event, the author of a feedback ticket). */
    public static Audience users(Collection<Long> userIds) {
        return new Audience(null, null, null, null, List.copyOf(userIds));
    }

    public boolean needsBusiness() {
        return userIds == null || !kinds.isEmpty() || !industries.isEmpty() || !townships.isEmpty() || !tags.isEmpty();
    }

    /** Listed users, but none listed: nobody, without asking the database. */
    boolean isNobody() {
        return userIds != null && userIds.isEmpty();
    }
}
