package cn.dengkou.bizservice.search;

import java.text.Normalizer;
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
public final class SearchTerms {

    /** Column width of search_term.term. */
    public static final int MAX_TERM = 32;

    /** A query term: a single Chinese character matches as a prefix (itself and every bigram it starts). */
    public record QueryTerm(String text, boolean prefix) {
    }

    private SearchTerms() {
    }

    /** The distinct terms a subject is found by. */
    public static Set<String> indexTerms(String... texts) {
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

    /** The terms all of which a subject must contain; a Chinese run of two or more characters gives its bigrams. */
    public static List<QueryTerm> queryTerms(String q) {
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

    private interface RunSink {
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
}
