package cn.dengkou.bizservice.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dictionaries (townships, industries, departments, …) seeded by migrations. They change only
 * with a migration or an ADMIN edit, so each is read once and kept until {@link #refresh()}.
 */
@Component
public class Dictionaries {

    public static final String TOWNSHIPS = "townships";
    public static final String INDUSTRIES = "industries";
    public static final String BUSINESS_KINDS = "business-kinds";
    public static final String BUSINESS_TAGS = "business-tags";
    public static final String DEPARTMENTS = "departments";
    public static final String TAXPAYER_TYPES = "taxpayer-types";

    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, String>> cache = new ConcurrentHashMap<>();
    private volatile Map<String, String> names;

    Dictionaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** code → Chinese name, in display order; empty for an unknown dictionary. */
    public Map<String, String> entries(String dictionary) {
        return cache.computeIfAbsent(dictionary, this::load);
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
        for (String code : codes) {
            if (!contains(dictionary, code)) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, field + " 取值无效：" + code);
            }
        }
    }

    /**
     * Puts a field error ({@code 取值无效：a、b}, the unknown codes) into {@code errors} unless every code is
     * in the dictionary: for checks that report all bad fields at once ({@link ApiException#invalidFields}).
     */
    public void check(String dictionary, String field, Collection<String> codes, Map<String, String> errors) {
        List<String> unknown = codes.stream().filter(c -> !contains(dictionary, c)).toList();
        if (!unknown.isEmpty()) {
            errors.put(field, "取值无效：" + String.join("、", unknown));
        }
    }

    public void refresh() {
        cache.clear();
        names = null;
    }

    private Map<String, String> load(String dictionary) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.query("SELECT code, name FROM dictionary_item WHERE dict_name = ? AND enabled = 1 ORDER BY sort_order, code",
                rs -> {
                    m.put(rs.getString(1), rs.getString(2));
                }, dictionary);
        return Collections.unmodifiableMap(m);
    }
}
