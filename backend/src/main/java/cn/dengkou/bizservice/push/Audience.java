package cn.dengkou.bizservice.push;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Who a push goes to, as a query the database runs (never a list loaded into memory). Each empty
 * filter means "all"; with no {@code userIds} the audience is the bound, VERIFIED owners whose
 * business matches every filter.
 *
 * @param registeredFrom  null = no lower bound; else the business registered on or after this day
 * @param registeredTo    null = no upper bound; else the business registered on or before this day
 *                        ("注册登记一年以上" = today minus one year). A business whose registration day is
 *                        unknown matches no date bound.
 * @param taxpayerTypes   e.g. {@code GENERAL} (一般纳税人); empty = any, including unknown
 * @param userIds         null = not restricted to listed users; a list (even empty) = only those users
 *                        (enabled WeChat users, a bound business not required unless a filter is also given)
 * @param source          null, or the name of an {@link AudienceSource}: only the users it selects for
 *                        {@code sourceRef} (e.g. the people registered for event 7), streamed by the database
 */
public record Audience(List<String> kinds, List<String> industries, List<String> townships, List<String> tags,
                       LocalDate registeredFrom, LocalDate registeredTo, List<String> taxpayerTypes,
                       List<Long> userIds, String source, Long sourceRef) {

    public Audience {
        kinds = copy(kinds);
        industries = copy(industries);
        townships = copy(townships);
        tags = copy(tags);
        taxpayerTypes = copy(taxpayerTypes);
        userIds = userIds == null ? null : List.copyOf(userIds);
        if ((source == null) != (sourceRef == null)) {
            throw new IllegalArgumentException("an audience source needs its reference and the other way round");
        }
    }

    /** Every bound, VERIFIED owner. */
    public static Audience allOwners() {
        return new Audience(null, null, null, null, null, null, null, null, null, null);
    }

    /** Bound, VERIFIED owners whose business matches (an empty list means any value). */
    public static Audience owners(List<String> kinds, List<String> industries, List<String> townships, List<String> tags) {
        return new Audience(kinds, industries, townships, tags, null, null, null, null, null, null);
    }

    /** Exactly these users (e.g. the people registered for an event, the author of a feedback ticket). */
    public static Audience users(Collection<Long> userIds) {
        return new Audience(null, null, null, null, null, null, null, List.copyOf(userIds), null, null);
    }

    /** The users an {@link AudienceSource} selects for {@code ref}, e.g. {@code of("notice-favorites", 42)}. */
    public static Audience of(String source, long ref) {
        return new Audience(null, null, null, null, null, null, null, null, source, ref);
    }

    /** The same audience, narrowed to businesses registered within [from, to] (either may be null). */
    public Audience registeredBetween(LocalDate from, LocalDate to) {
        return new Audience(kinds, industries, townships, tags, from, to, taxpayerTypes, userIds, source, sourceRef);
    }

    /** The same audience, narrowed to these taxpayer types. */
    public Audience taxpayerTypes(List<String> types) {
        return new Audience(kinds, industries, townships, tags, registeredFrom, registeredTo, types, userIds, source, sourceRef);
    }

    public boolean needsBusiness() {
        return (userIds == null && source == null) || !kinds.isEmpty() || !industries.isEmpty() || !townships.isEmpty() || !tags.isEmpty()
                || registeredFrom != null || registeredTo != null || !taxpayerTypes.isEmpty();
    }

    /** Listed users, but none listed: nobody, without asking the database. */
    boolean isNobody() {
        return userIds != null && userIds.isEmpty();
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
