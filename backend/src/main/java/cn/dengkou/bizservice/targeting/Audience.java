package cn.dengkou.bizservice.targeting;

import cn.dengkou.bizservice.common.Dictionaries;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Which businesses something is for (a notice now; job alerts, event invitations, eligibility next): the
 * one targeting rule. Every non-empty dimension must match; an empty list means any value; a business
 * whose registration day or taxpayer type is unknown matches no bound on it; any one shared tag is enough;
 * only bound, VERIFIED businesses are matched ({@link BusinessProfile#of}). The same rule runs as SQL
 * ({@link AudienceSql}) and in Java ({@link #fits}, {@link #reasons}); {@code AudienceAgreementTest} holds
 * them together. This record is also the JSON of a notice's {@code audience}.
 *
 * @param registeredFrom null = no lower bound; else the business registered on or after this day
 * @param registeredTo   null = no upper bound; else on or before this day ("注册登记一年以上" = today − 1 year)
 * @param taxpayerTypes  e.g. {@code GENERAL} (一般纳税人)
 * @param counties       served county codes (a prefecture notice for some of its counties); empty = any county
 */
public record Audience(List<String> kinds, List<String> industries, List<String> townships, List<String> tags,
                       @Schema(nullable = true) LocalDate registeredFrom,
                       @Schema(nullable = true) LocalDate registeredTo, List<String> taxpayerTypes,
                       List<String> counties) {

    /** The reason of an audience with no dimension at all. */
    public static final String EVERYONE = "面向全体经营主体";

    /** Not a match: no reasons. */
    public static final List<String> NONE = List.of();

    private static final Audience ALL = new Audience(null, null, null, null, null, null, null, null);

    public Audience {
        kinds = clean(kinds);
        industries = clean(industries);
        townships = clean(townships);
        tags = clean(tags);
        taxpayerTypes = clean(taxpayerTypes);
        counties = clean(counties);
    }

    /** An audience of any county (JSON stored before the county dimension reads the same). */
    public Audience(List<String> kinds, List<String> industries, List<String> townships, List<String> tags,
                    LocalDate registeredFrom, LocalDate registeredTo, List<String> taxpayerTypes) {
        this(kinds, industries, townships, tags, registeredFrom, registeredTo, taxpayerTypes, null);
    }

    /** Every bound, VERIFIED business. */
    public static Audience everyone() {
        return ALL;
    }

    public Audience kinds(String... codes) {
        return with(Dimension.KIND, List.of(codes));
    }

    public Audience industries(String... codes) {
        return with(Dimension.INDUSTRY, List.of(codes));
    }

    public Audience townships(String... codes) {
        return with(Dimension.TOWNSHIP, List.of(codes));
    }

    public Audience tags(String... codes) {
        return with(Dimension.TAG, List.of(codes));
    }

    public Audience taxpayerTypes(String... codes) {
        return with(Dimension.TAXPAYER, List.of(codes));
    }

    public Audience counties(List<String> codes) {
        return with(Dimension.COUNTY, codes);
    }

    /** The same audience, narrowed to businesses registered within [from, to] (either may be null). */
    public Audience registeredBetween(LocalDate from, LocalDate to) {
        return new Audience(kinds, industries, townships, tags, from, to, taxpayerTypes, counties);
    }

    /** No dimension set: every bound, VERIFIED business. */
    public boolean targetsEveryone() {
        for (Dimension d : Dimension.ALL) {
            if (!d.codes(this).isEmpty()) {
                return false;
            }
        }
        return registeredFrom == null && registeredTo == null;
    }

    /**
     * Whether the audience includes the business (null: none, or not VERIFIED). One line per dimension, written
     * out because the owners' list calls it for every listed notice: it allocates nothing.
     */
    public boolean fits(BusinessProfile p) {
        return p != null
                && has(kinds, p.kind())
                && has(townships, p.township())
                && has(industries, p.industry())
                && sharesOne(tags, p.tags())
                && has(taxpayerTypes, p.taxpayerType())
                && has(counties, p.county())
                && inWindow(p.registeredOn());
    }

    /**
     * Why the audience includes the business, in Chinese (one per matching code, in {@link Dimension} order,
     * then the registration window), {@link #EVERYONE} when no dimension is set, {@link #NONE} when it does
     * not fit.
     *
     * @param publishedOn the day the thing was published: "注册登记一年以上" is counted from it (null: dates)
     * @param names       (dictionary, code) → Chinese name, e.g. {@code Dictionaries::nameOf}
     */
    public List<String> reasons(BusinessProfile p, LocalDate publishedOn, BinaryOperator<String> names) {
        if (!fits(p)) {
            return NONE;
        }
        List<String> reasons = new ArrayList<>(4);
        for (Dimension d : Dimension.ALL) {
            for (String code : d.codes(this)) {
                if (d.has(p, code)) {
                    reasons.add(d.reason(names.apply(d.dictionary(), code)));
                }
            }
        }
        if (registeredFrom != null || registeredTo != null) {
            reasons.add(windowReason(registeredFrom, registeredTo, publishedOn));
        }
        return reasons.isEmpty() ? List.of(EVERYONE) : List.copyOf(reasons);
    }

    /** Adds a field error (under {@code prefix}, e.g. {@code audience.kinds}) per unknown code or an inverted window. */
    public void check(Dictionaries dictionaries, String prefix, Map<String, String> errors) {
        for (Dimension d : Dimension.ALL) {
            dictionaries.check(d.dictionary(), prefix + "." + d.field(), d.codes(this), errors);
        }
        if (registeredFrom != null && registeredTo != null && registeredFrom.isAfter(registeredTo)) {
            errors.put(prefix + ".registeredTo", "注册日期上限不能早于下限");
        }
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

    /** Empty codes = any value; else the business's value (null = unknown) is one of them. */
    private static boolean has(List<String> codes, String value) {
        return codes.isEmpty() || value != null && codes.contains(value);
    }

    private static boolean sharesOne(List<String> codes, Set<String> values) {
        if (codes.isEmpty()) {
            return true;
        }
        for (int i = 0; i < codes.size(); i++) { // indexed: no iterator
            if (values.contains(codes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean inWindow(LocalDate on) {
        if (registeredFrom == null && registeredTo == null) {
            return true;
        }
        return on != null && (registeredFrom == null || !on.isBefore(registeredFrom))
                && (registeredTo == null || !on.isAfter(registeredTo));
    }

    /** The same audience with one dimension's codes replaced. */
    private Audience with(Dimension d, List<String> codes) {
        return new Audience(d == Dimension.KIND ? codes : kinds, d == Dimension.INDUSTRY ? codes : industries,
                d == Dimension.TOWNSHIP ? codes : townships, d == Dimension.TAG ? codes : tags,
                registeredFrom, registeredTo, d == Dimension.TAXPAYER ? codes : taxpayerTypes,
                d == Dimension.COUNTY ? codes : counties);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
