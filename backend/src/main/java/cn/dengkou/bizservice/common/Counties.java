package cn.dengkou.bizservice.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The counties this deployment serves ({@code app.counties}, checked against the {@code county} table at start)
 * and the divisions around them: the one entry point features ask about counties.
 * A staff account's division is a county or the prefecture above the served counties; a record's county is
 * always a served county.
 */
public final class Counties {

    /** One division of the {@code county} table (GB/T 2260 code). */
    public record County(String code, String name, String parentCode, boolean prefecture) {
    }

    private final Map<String, County> known;
    private final List<County> served;
    private final Set<String> servedCodes;

    /**
     * Built by {@code CountyConfig} from the table and {@code app.counties}; public for unit tests.
     *
     * @param known  every division of the {@code county} table
     * @param served the configured codes, in order
     * @throws IllegalStateException naming the code when one is not a county of the table
     */
    public Counties(Collection<County> known, List<String> served) {
        Map<String, County> byCode = new LinkedHashMap<>();
        known.forEach(c -> byCode.put(c.code(), c));
        this.known = Map.copyOf(byCode);
        if (served.isEmpty()) {
            throw new IllegalStateException("app.counties is empty: list the division codes this deployment serves");
        }
        List<County> list = new ArrayList<>();
        for (String code : served) {
            County c = byCode.get(code);
            if (c == null || c.prefecture()) {
                throw new IllegalStateException("app.counties: " + code + " is not a county of the county table (known: "
                        + String.join(", ", byCode.values().stream().filter(k -> !k.prefecture())
                        .map(k -> k.code() + " " + k.name()).toList()) + ")");
            }
            if (!list.isEmpty() && !Objects.equals(list.get(0).parentCode(), c.parentCode())) {
                throw new IllegalStateException("app.counties: " + code + " is not under the prefecture of "
                        + list.get(0).code() + "; one deployment serves counties of one prefecture");
            }
            if (!list.contains(c)) {
                list.add(c);
            }
        }
        this.served = List.copyOf(list);
        this.servedCodes = Set.copyOf(list.stream().map(County::code).toList());
    }

    /** The served counties, in the configured order. */
    public List<County> served() {
        return served;
    }

    public boolean isServed(String code) {
        return code != null && servedCodes.contains(code);
    }

    /** Whether more than one county is served (else every record is the one county's and nothing needs a county). */
    public boolean isSeveral() {
        return served.size() > 1;
    }

    /**
     * The county a reader of a public list (notices, events) reads as: null (no filter) with one served county; else
     * the reader's own county (a bound owner's business's) when there is one, else {@code parameter} ({@code county=}),
     * or null when it is left out (every served county). An unknown or unserved {@code parameter} → 400.
     */
    public String readerCounty(java.util.function.Supplier<String> ownCounty, String parameter) {
        String asked = QueryParams.orNull(parameter);
        if (asked != null && !isServed(asked)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "county 取值无效：" + asked);
        }
        if (!isSeveral()) {
            return null;
        }
        String own = ownCounty.get();
        return own != null ? own : asked;
    }

    /** The first served county: what rows written before counties existed belong to. */
    public String first() {
        return served.get(0).code();
    }

    /** The only served county, or null when several are served. */
    public String single() {
        return isSeveral() ? null : first();
    }

    /** The prefecture above the served counties, or null when the table has none. */
    public String prefecture() {
        return served.get(0).parentCode();
    }

    /** The division directly above {@code code}, or null. */
    public String prefectureOf(String code) {
        County c = known.get(code);
        return c == null ? null : c.parentCode();
    }

    /** The Chinese name of a division, or the code itself when unknown. */
    public String name(String code) {
        County c = known.get(code);
        return c == null ? code : c.name();
    }

    /** Whether a staff account may have this division: a served county or the prefecture above them. */
    public boolean isDivision(String code) {
        return isServed(code) || (code != null && code.equals(prefecture()));
    }

    /**
     * The served counties a division covers: a served county itself, a prefecture the served counties under it,
     * anything else none.
     */
    public List<String> countiesUnder(String code) {
        if (isServed(code)) {
            return List.of(code);
        }
        return served.stream().filter(c -> c.parentCode() != null && c.parentCode().equals(code))
                .map(County::code).toList();
    }

    /**
     * Where a staff member of this division acts, as {@link AuthUser#counties()}: null when that is every served
     * county (a single-county deployment's staff, prefecture staff), else the counties (empty = none).
     */
    public Set<String> reach(String division) {
        List<String> under = countiesUnder(division);
        return under.size() == served.size() ? null : Set.copyOf(new LinkedHashSet<>(under));
    }

    /** The bootstrap ADMIN's division: the one served county, or the prefecture when several are served. */
    public String bootstrapDivision() {
        return isSeveral() && prefecture() != null ? prefecture() : first();
    }
}
