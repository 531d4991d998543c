package cn.dengkou.bizservice.search;

import cn.dengkou.bizservice.common.SubjectKind;
import cn.dengkou.bizservice.search.SearchTerms.QueryTerm;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese keyword search shared by features: the terms of a subject (kind, id) in {@code search_term}.
 * A feature indexes its texts when it saves a subject and asks for the ids that contain every term
 * of a query; what a caller may see stays the feature's own rule, either applied to the ids
 * ({@link #matching}) or joined in its own SQL ({@link #condition}).
 */
@Component
public class TermIndex {

    private static final int INSERT_BATCH = 1000;

    private final TermIndexMapper terms;

    TermIndex(TermIndexMapper terms) {
        this.terms = terms;
    }

    /** A condition for a MyBatis-Plus wrapper's {@code apply(sql, params)}: {@code {0}}, {@code {1}}, … are bound. */
    public record Condition(String sql, Object... params) {
    }

    /** Replaces the subject's terms with those of the texts (call inside the transaction that saves it). */
    public void index(String kind, long id, String... texts) {
        SubjectKind.check(kind);
        terms.clear(kind, id);
        List<String> all = new ArrayList<>(SearchTerms.indexTerms(texts));
        for (int from = 0; from < all.size(); from += INSERT_BATCH) {
            terms.insert(kind, id, all.subList(from, Math.min(all.size(), from + INSERT_BATCH)));
        }
    }

    /** One term of one subject, as {@link #indexAll} writes it. */
    record Row(long subjectId, String term) {
    }

    /**
     * {@link #index} for many subjects at once (an import's batch): one DELETE and one INSERT per 1,000 terms
     * instead of two statements per subject.
     */
    public void indexAll(String kind, Map<Long, String[]> texts) {
        SubjectKind.check(kind);
        if (texts.isEmpty()) {
            return;
        }
        terms.clearAll(kind, texts.keySet());
        List<Row> rows = new ArrayList<>();
        texts.forEach((id, t) -> SearchTerms.indexTerms(t).forEach(term -> rows.add(new Row(id, term))));
        for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            terms.insertRows(kind, rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH)));
        }
    }

    public void remove(String kind, long id) {
        terms.clear(SubjectKind.check(kind), id);
    }

    /** Up to {@code limit} ids (whatever their status) that contain every term of the query, highest id first. */
    public List<Long> search(String kind, String query, int limit) {
        List<QueryTerm> q = SearchTerms.queryTerms(query);
        return q.isEmpty() || limit <= 0 ? List.of() : terms.search(SubjectKind.check(kind), q, limit);
    }

    /** Every id (whatever its status) that contains every term; none for a query without terms. */
    public Set<Long> matching(String kind, String query) {
        List<QueryTerm> q = SearchTerms.queryTerms(query);
        return q.isEmpty() ? Set.of() : Set.copyOf(terms.search(SubjectKind.check(kind), q, null));
    }

    /**
     * {@code idColumn IN (ids that contain every term)}, to add to a feature's own query next to its
     * visibility rules, e.g. {@code w.apply(c.sql(), c.params())}; false for a query without terms.
     */
    public static Condition condition(String kind, String idColumn, String query) {
        List<QueryTerm> q = SearchTerms.queryTerms(query);
        if (q.isEmpty()) {
            return new Condition("1 = 0");
        }
        Object[] params = new Object[q.size() + 1];
        params[0] = SubjectKind.check(kind);
        for (int i = 0; i < q.size(); i++) {
            params[i + 1] = q.get(i).text();
        }
        return new Condition(SubjectKind.column(idColumn) + " IN ("
                + TermSql.matching(q, "{0}", i -> "{" + (i + 1) + "}") + ")", params);
    }

    /** {@code SELECT 1 …} of the subject's terms, for {@code exists}/{@code notExists} (e.g. a backfill of unindexed rows). */
    public static String indexedSql(String kind, String idColumn) {
        return "SELECT 1 FROM search_term st WHERE st.kind = '" + SubjectKind.check(kind) + "' AND st.subject_id = "
                + SubjectKind.column(idColumn);
    }
}
