package cn.dengkou.bizservice.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dictionaries (townships, industries, departments, …) seeded by migrations. They change only
 * with a migration or an ADMIN edit, so each is read once and kept until {@link #refresh()}.
 *
 * <p>An entry with no county is the same in every county; a county's own entries (townships) are listed only
 * while that county is served. Codes are unique within a dictionary across counties, so a code names one entry.
 * {@link #entries(String)} is every served county's; {@link #entries(String, String)} one county's.
 */
@Component
public class Dictionaries {

    public static final String TOWNSHIPS = "townships";
    public static final String INDUSTRIES = "industries";
    public static final String BUSINESS_KINDS = "business-kinds";
    public static final String BUSINESS_TAGS = "business-tags";
    public static final String DEPARTMENTS = "departments";
    public static final String TAXPAYER_TYPES = "taxpayer-types";
    /** The served counties (code → name), from {@link Counties}, not a table: what an audience's county dimension names. */
    public static final String COUNTIES = "counties";

    /** One dictionary: code → Chinese name in display order (served counties only), and each code's county. */
    private record Loaded(Map<String, String> entries, Map<String, String> countyOf) {
    }

    private final JdbcTemplate jdbc;
    private final Counties counties;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();
    private volatile Map<String, String> names;

    Dictionaries(JdbcTemplate jdbc, Counties counties) {
        this.jdbc = jdbc;
        this.counties = counties;
    }

    /** code → Chinese name, in display order, of every served county; empty for an unknown dictionary. */
    public Map<String, String> entries(String dictionary) {
        return loaded(dictionary).entries();
    }

    /** code → Chinese name of one county: the shared entries and that county's own; null county = every served one. */
    public Map<String, String> entries(String dictionary, String county) {
        if (county == null) {
            return entries(dictionary);
        }
        Loaded d = loaded(dictionary);
        Map<String, String> m = new LinkedHashMap<>();
        d.entries().forEach((code, name) -> {
            String c = d.countyOf().get(code);
            if (c == null || c.equals(county)) {
                m.put(code, name);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** Whether the code is an entry of that county (a shared entry is every county's); null county = any served one. */
    public boolean contains(String dictionary, String county, String code) {
        if (!contains(dictionary, code)) {
            return false;
        }
        String c = loaded(dictionary).countyOf().get(code);
        return county == null || c == null || c.equals(county);
    }

    /** Every dictionary with an enabled entry: name → Chinese label (the name itself when it has none). */
    public Map<String, String> names() {
        Map<String, String> n = names;
        if (n == null) {
            Map<String, String> m = new LinkedHashMap<>();
            jdbc.query("SELECT i.dict_name, COALESCE(MAX(d.label), i.dict_name) FROM dictionary_item i "
                    + "LEFT JOIN dictionary d ON d.name = i.dict_name WHERE i.enabled = 1 "
                    + "GROUP BY i.dict_name ORDER BY COALESCE(MAX(d.sort_order), 2147483647), i.dict_name",
                    rs -> {
                        m.put(rs.getString(1), rs.getString(2));
                    });
            n = Collections.unmodifiableMap(m);
            names = n;
        }
        return n;
    }

    public boolean contains(String dictionary, String code) {
        return code != null && entries(dictionary).containsKey(code);
    }

    /** The Chinese name of a code, or the code itself when unknown. */
    public String nameOf(String dictionary, String code) {
        return entries(dictionary).getOrDefault(code, code);
    }

    /** Throws a validation problem naming {@code field} unless every code is in the dictionary. */
    public void require(String dictionary, String field, List<String> codes) {
        require(dictionary, null, field, codes);
    }

    /** The same, for one county's entries (a township of another county is refused); null county = any served one. */
    public void require(String dictionary, String county, String field, List<String> codes) {
        for (String code : codes) {
            if (!contains(dictionary, county, code)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, field + " 取值无效：" + code);
            }
        }
    }

    /**
     * Puts a field error ({@code 取值无效：a、b}, the unknown codes) into {@code errors} unless every code is
     * in the dictionary: for checks that report all bad fields at once ({@link ApiException#invalidFields}).
     */
    public void check(String dictionary, String field, Collection<String> codes, Map<String, String> errors) {
        check(dictionary, null, field, codes, errors);
    }

    /** The same, for one county's entries; null county = any served county's. */
    public void check(String dictionary, String county, String field, Collection<String> codes,
                      Map<String, String> errors) {
        List<String> unknown = codes.stream().filter(c -> !contains(dictionary, county, c)).toList();
        if (!unknown.isEmpty()) {
            errors.put(field, "取值无效：" + String.join("、", unknown));
        }
    }

    public void refresh() {
        cache.clear();
        names = null;
    }

    private Loaded loaded(String dictionary) {
        return cache.computeIfAbsent(dictionary, this::load);
    }

    /** Served counties in their configured order, each county's entries by sort order; shared entries first. */
    private Loaded load(String dictionary) {
        Map<String, String> m = new LinkedHashMap<>();
        if (COUNTIES.equals(dictionary)) {
            counties.served().forEach(c -> m.put(c.code(), c.name()));
            return new Loaded(Collections.unmodifiableMap(m), Map.of());
        }
        Map<String, String> countyOf = new HashMap<>();
        List<String> order = counties.served().stream().map(Counties.County::code).toList();
        record Row(String code, String name, String county) {
        }
        List<Row> rows = new ArrayList<>();
        jdbc.query("SELECT code, name, county FROM dictionary_item WHERE dict_name = ? AND enabled = 1"
                + " ORDER BY sort_order, code", rs -> {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
                }, dictionary);
        rows.stream().filter(r -> r.county() == null || order.contains(r.county()))
                .sorted(Comparator.comparingInt(r -> r.county() == null ? -1 : order.indexOf(r.county())))
                .forEach(r -> {
                    m.put(r.code(), r.name());
                    if (r.county() != null) {
                        countyOf.put(r.code(), r.county());
                    }
                });
        return new Loaded(Collections.unmodifiableMap(m), Map.copyOf(countyOf));
    }
}
