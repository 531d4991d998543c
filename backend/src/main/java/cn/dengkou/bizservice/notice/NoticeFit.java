package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Dictionaries;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Whether a notice's audience includes a business, with the reasons in Chinese. The rule is the push
 * engine's ({@code InboxMessageMapper.AUDIENCE_FILTERS}): every non-empty dimension must match; an
 * unknown registration day or taxpayer type matches no bound on it; any one shared tag is enough.
 * An audience with no dimension at all is everyone, and fits with the reason {@link #EVERYONE}.
 */
final class NoticeFit {

    static final String EVERYONE = "面向全体经营主体";

    /** Not a match: no reasons. */
    static final List<String> NONE = List.of();

    private NoticeFit() {
    }

    /** Whether the audience includes the business: {@link #reasons} is non-empty exactly then (no allocation). */
    static boolean fits(NoticeAudience a, OwnerProfile p) {
        if (p == null) {
            return false;
        }
        if (!a.kinds().isEmpty() && !a.kinds().contains(p.kind())
                || !a.townships().isEmpty() && !a.townships().contains(p.township())
                || !a.industries().isEmpty() && !a.industries().contains(p.industry())
                || !a.taxpayerTypes().isEmpty() && (p.taxpayerType() == null || !a.taxpayerTypes().contains(p.taxpayerType()))) {
            return false;
        }
        if (!a.tags().isEmpty() && a.tags().stream().noneMatch(p.tags()::contains)) {
            return false;
        }
        LocalDate on = p.registeredOn();
        if (a.registeredFrom() != null || a.registeredTo() != null) {
            return on != null && (a.registeredFrom() == null || !on.isBefore(a.registeredFrom()))
                    && (a.registeredTo() == null || !on.isAfter(a.registeredTo()));
        }
        return true;
    }

    /**
     * The reasons the notice fits the business (kind, township, industry, tags, taxpayer type,
     * registration window, in that order), or {@link #NONE} when it does not fit.
     *
     * @param names       (dictionary, code) → Chinese name
     * @param publishedOn the day the notice was published: "注册登记一年以上" is counted from it
     */
    static List<String> reasons(NoticeAudience a, OwnerProfile p, LocalDate publishedOn, BinaryOperator<String> names) {
        if (p == null) {
            return NONE;
        }
        List<String> reasons = new ArrayList<>(4);
        if (!a.kinds().isEmpty()) {
            if (!a.kinds().contains(p.kind())) {
                return NONE;
            }
            reasons.add("适用于" + names.apply(Dictionaries.BUSINESS_KINDS, p.kind()));
        }
        if (!a.townships().isEmpty()) {
            if (!a.townships().contains(p.township())) {
                return NONE;
            }
            reasons.add("适用于" + names.apply(Dictionaries.TOWNSHIPS, p.township()));
        }
        if (!a.industries().isEmpty()) {
            if (!a.industries().contains(p.industry())) {
                return NONE;
            }
            reasons.add("适用于" + names.apply(Dictionaries.INDUSTRIES, p.industry()));
        }
        if (!a.tags().isEmpty()) {
            int before = reasons.size();
            for (String tag : a.tags()) {
                if (p.tags().contains(tag)) {
                    reasons.add(tagReason(names.apply(Dictionaries.BUSINESS_TAGS, tag)));
                }
            }
            if (reasons.size() == before) {
                return NONE;
            }
        }
        if (!a.taxpayerTypes().isEmpty()) {
            if (p.taxpayerType() == null || !a.taxpayerTypes().contains(p.taxpayerType())) {
                return NONE;
            }
            reasons.add("适用于" + names.apply(Dictionaries.TAXPAYER_TYPES, p.taxpayerType()));
        }
        if (a.registeredFrom() != null || a.registeredTo() != null) {
            LocalDate on = p.registeredOn();
            if (on == null || a.registeredFrom() != null && on.isBefore(a.registeredFrom())
                    || a.registeredTo() != null && on.isAfter(a.registeredTo())) {
                return NONE;
            }
            reasons.add(windowReason(a.registeredFrom(), a.registeredTo(), publishedOn));
        }
        return reasons.isEmpty() ? List.of(EVERYONE) : List.copyOf(reasons);
    }

    /** Pools ("…培育库") read "您在…中"; kinds of business ("成长型", "专精特新") read "您属于…经营主体". */
    static String tagReason(String name) {
        return name.endsWith("库") ? "您在" + name + "中" : "您属于" + name + "经营主体";
    }

    /**
     * "registered on or before (publish day − N years)", give or take a week, reads "注册登记N年以上",
     * as the plan words it; any other window is given by its dates.
     */
    static String windowReason(LocalDate from, LocalDate to, LocalDate publishedOn) {
        if (from == null && publishedOn != null && to.isBefore(publishedOn)) {
            int years = Period.between(to, publishedOn.plusDays(7)).getYears();
            if (years >= 1 && !to.isBefore(publishedOn.minusYears(years).minusDays(7))) {
                return "适用于注册登记" + (years == 1 ? "一" : String.valueOf(years)) + "年以上的经营主体";
            }
        }
        if (from == null) {
            return "适用于" + day(to) + "及以前注册登记的经营主体";
        }
        if (to == null) {
            return "适用于" + day(from) + "及以后注册登记的经营主体";
        }
        return "适用于" + day(from) + "至" + day(to) + "注册登记的经营主体";
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
