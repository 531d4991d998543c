package cn.dengkou.bizservice.notice;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keyword search without an ngram parser. Text is cut into terms: each run of Chinese characters
 * gives its overlapping bigrams plus its last character alone (so a one-character query finds every
 * occurrence: a character is either the start of a bigram or the end of a run); each latin/digit run
 * gives one lowercased word. Everything else separates terms. NFKC first, so full-width letters and
 * digits are the same terms as half-width ones.
 */
@Mapper
interface NoticeTerms {

    /** Column width of notice_term.term. */
    int MAX_TERM = 32;

    /** A query term: a single Chinese character matches as a prefix (itself and every bigram it starts). */
    record QueryTerm(String text, boolean prefix) {
    }

    /** The distinct terms a notice is found by. */
    static Set<String> indexTerms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : texts) {
            split(t, (run, cjk) -> {
                if (!cjk) {
                    terms.add(run);
                    return;
                }
                int[] cps = run.codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i++) {
                    terms.add(new String(cps, i, 2));
                }
                terms.add(new String(cps, cps.length - 1, 1));
            });
        }
        return terms;
    }

    /** The terms all of which a notice must contain; a Chinese run of two or more characters gives its bigrams. */
    static List<QueryTerm> queryTerms(String q) {
        Set<QueryTerm> terms = new LinkedHashSet<>();
        split(q, (run, cjk) -> {
            if (!cjk) {
                terms.add(new QueryTerm(run, false));
                return;
            }
            int[] cps = run.codePoints().toArray();
            if (cps.length == 1) {
                terms.add(new QueryTerm(run, true));
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                terms.add(new QueryTerm(new String(cps, i, 2), false));
            }
        });
        return List.copyOf(terms);
    }

    interface RunSink {
        void accept(String run, boolean cjk);
    }

    private static void split(String text, RunSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder run = new StringBuilder();
        Boolean runCjk = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean word = cjk || Character.isLetterOrDigit(cp);
            if (!word || runCjk != null && runCjk != cjk) {
                flush(run, runCjk, sink);
                runCjk = null;
            }
            if (word) {
                run.appendCodePoint(cp);
                runCjk = cjk;
            }
        }
        flush(run, runCjk, sink);
    }

    private static void flush(StringBuilder run, Boolean cjk, RunSink sink) {
        if (!run.isEmpty()) {
            String r = run.toString();
            if (!cjk && r.codePointCount(0, r.length()) > MAX_TERM) {
                r = r.substring(0, r.offsetByCodePoints(0, MAX_TERM));
            }
            sink.accept(r, cjk);
            run.setLength(0);
        }
    }

    /** Replaces the notice's terms (call inside the transaction that saves the notice). */
    default void index(long noticeId, String title, String summary, String bodyText) {
        clear(noticeId);
        List<String> all = new ArrayList<>(indexTerms(title, summary, bodyText));
        for (int from = 0; from < all.size(); from += 1000) {
            insert(noticeId, all.subList(from, Math.min(all.size(), from + 1000)));
        }
    }

    @Delete("DELETE FROM notice_term WHERE notice_id = #{id}")
    int clear(@Param("id") long noticeId);

    // IGNORE: terms equal under the column's collation are one row.
    @Insert("<script>INSERT IGNORE INTO notice_term (term, notice_id) VALUES"
            + " <foreach collection='terms' item='t' separator=','>(#{t}, #{id})</foreach></script>")
    int insert(@Param("id") long noticeId, @Param("terms") Collection<String> terms);

    /** Ids of the notices (any status) that contain every term; one query, each term an index range. */
    @Select("<script>SELECT notice_id FROM ("
            + "<foreach collection='terms' item='t' index='i' separator=' UNION ALL '>"
            + "SELECT notice_id, #{i} AS k FROM notice_term WHERE "
            + "<choose><when test='t.prefix()'>term LIKE CONCAT(#{t.text}, '%')</when><otherwise>term = #{t.text}</otherwise></choose>"
            + "</foreach>) x GROUP BY notice_id HAVING COUNT(DISTINCT k) = #{n}</script>")
    List<Long> search(@Param("terms") List<QueryTerm> terms, @Param("n") int n);

    default Set<Long> matching(List<QueryTerm> terms) {
        return terms.isEmpty() ? Set.of() : Set.copyOf(search(terms, terms.size()));
    }

    @Select("SELECT n.id FROM notice n WHERE NOT EXISTS (SELECT 1 FROM notice_term t WHERE t.notice_id = n.id)")
    List<Long> unindexed();
}
