package cn.dengkou.bizservice.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The dictionaries (townships, industries, departments, …) seeded by migrations. They change only
 * with a migration or an ADMIN edit, so each is read once and kept until {@link #refresh()}; an edit calls
 * {@link #changed()} after its commit, which other instances learn through Redis within
 * {@code app.dictionaries.check} (250 ms).
 *
 * <p>An entry with no county is the same in every county; a county's own entries (townships) are listed only
 * while that county is served. Codes are unique within a dictionary across counties, so a code names one entry.
 * {@link #entries(String)} is every served county's; {@link #entries(String, String)} one county's.
 * A disabled entry is offered nowhere and refused for new records, but {@link #nameOf} still names it: records
 * written while it was enabled keep showing their label.
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

    /** Redis's counter of dictionary edits ({@link SharedVersion}). */
    static final String VERSION_KEY = "dictionary:version";

    /**
     * One dictionary: enabled code → Chinese name in display order (served counties only), each code's county, and
     * the name of every code, disabled ones included.
     */
    private record Loaded(Map<String, String> entries, Map<String, String> countyOf, Map<String, String> labels) {
    }

    /** One copy of everything read; a refresh starts a new one, so a load that began before it is dropped with it. */
    private record Generation(long stamp, Map<String, Loaded> cache, AtomicReference<Map<String, String>> names) {

        Generation(long stamp) {
            this(stamp, new ConcurrentHashMap<>(), new AtomicReference<>());
        }
    }

    private final JdbcTemplate jdbc;
    private final Counties counties;
    private final SharedVersion version;
    private volatile Generation generation = new Generation(0);

    Dictionaries(JdbcTemplate jdbc, Counties counties, JedisPooled redis,
                 @Value("${app.dictionaries.check:250ms}") Duration check) {
        this.jdbc = jdbc;
        this.counties = counties;
        this.version = new SharedVersion(redis, VERSION_KEY, check);
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
        sync();
        AtomicReference<Map<String, String>> names = generation.names();
        Map<String, String> n = names.get();
        if (n == null) {
            Map<String, String> m = new LinkedHashMap<>();
            jdbc.query("SELECT i.dict_name, COALESCE(MAX(d.label), i.dict_name) FROM dictionary_item i "
                    + "LEFT JOIN dictionary d ON d.name = i.dict_name WHERE i.enabled = 1 "
                    + "GROUP BY i.dict_name ORDER BY COALESCE(MAX(d.sort_order), 2147483647), i.dict_name",
                    rs -> {
                        m.put(rs.getString(1), rs.getString(2));
                    });
            n = Collections.unmodifiableMap(m);
            names.set(n);
        }
        return n;
    }

    public boolean contains(String dictionary, String code) {
        return code != null && entries(dictionary).containsKey(code);
    }

    /** The Chinese name of a code (a disabled entry's too: old records keep their label), or the code itself. */
    public String nameOf(String dictionary, String code) {
        return loaded(dictionary).labels().getOrDefault(code, code);
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

    /** Forgets this instance's copy (a migration's or a test's rows are read again). */
    public void refresh() {
        synchronized (this) {
            generation = new Generation(generation.stamp() + 1);
        }
    }

    /** Call after committing an edit: this instance reads the tables again at once, the others at their next check. */
    public void changed() {
        version.bump();
        refresh();
    }

    /**
     * Changes whenever this instance's copy is replaced: a cache of something rendered with dictionary names (a
     * notice page's category and reasons) is valid while this stays the same.
     */
    public long stamp() {
        sync();
        return generation.stamp();
    }

    private void sync() {
        if (version.moved()) {
            refresh();
        }
    }

    private Loaded loaded(String dictionary) {
        sync();
        return generation.cache().computeIfAbsent(dictionary, this::load);
    }

    /** Served counties in their configured order, each county's entries by sort order; shared entries first. */
    private Loaded load(String dictionary) {
        Map<String, String> m = new LinkedHashMap<>();
        if (COUNTIES.equals(dictionary)) {
            counties.served().forEach(c -> m.put(c.code(), c.name()));
            return new Loaded(Collections.unmodifiableMap(m), Map.of(), Collections.unmodifiableMap(m));
        }
        Map<String, String> countyOf = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        List<String> order = counties.served().stream().map(Counties.County::code).toList();
        record Row(String code, String name, String county, boolean enabled) {
        }
        List<Row> rows = new ArrayList<>();
        jdbc.query("SELECT code, name, county, enabled FROM dictionary_item WHERE dict_name = ?"
                + " ORDER BY sort_order, code", rs -> {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }, dictionary);
        rows.stream().filter(r -> r.county() == null || order.contains(r.county()))
                .sorted(Comparator.comparingInt(r -> r.county() == null ? -1 : order.indexOf(r.county())))
                .forEach(r -> {
                    labels.put(r.code(), r.name());
                    if (r.enabled()) {
                        m.put(r.code(), r.name());
                    }
                    if (r.county() != null) {
                        countyOf.put(r.code(), r.county());
                    }
                });
        return new Loaded(Collections.unmodifiableMap(m), Map.copyOf(countyOf), Map.copyOf(labels));
    }
}
