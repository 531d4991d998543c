package cn.dengkou.bizservice.search;

import cn.dengkou.bizservice.search.SearchTerms.QueryTerm;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * The one shape of a term query, rendered for the mapper ({@code #{…}}) and for a feature's
 * MyBatis-Plus wrapper ({@code {0}}): one index range per term (the primary key leads with kind,
 * then term), {@code UNION ALL}, and only subjects that matched every term. Public only because
 * MyBatis calls {@link #search} by reflection.
 */
public final class TermSql {

    private TermSql() {
    }

    /** {@code SELECT subject_id … HAVING COUNT(DISTINCT k) = n}; {@code term(i)} is the placeholder of term i. */
    static String matching(List<QueryTerm> terms, String kind, IntFunction<String> term) {
        StringJoiner union = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < terms.size(); i++) {
            String t = term.apply(i);
            union.add("SELECT subject_id, " + i + " AS k FROM search_term WHERE kind = " + kind + " AND "
                    + (terms.get(i).prefix() ? "term LIKE CONCAT(" + t + ", '%')" : "term = " + t));
        }
        return "SELECT subject_id FROM (" + union + ") x GROUP BY subject_id HAVING COUNT(DISTINCT k) = " + terms.size();
    }

    /** For {@link TermIndexMapper#search}: newest (highest id) first, {@code limit} rows when given. */
    @SuppressWarnings("unchecked")
    public static String search(Map<String, Object> params) {
        List<QueryTerm> terms = (List<QueryTerm>) params.get("terms");
        return matching(terms, "#{kind}", i -> "#{terms[" + i + "].text}") + " ORDER BY subject_id DESC"
                + (params.get("limit") == null ? "" : " LIMIT #{limit}");
    }
}
