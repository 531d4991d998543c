package cn.dengkou.bizservice.business;

import java.util.Locale;

/**
 * When an owner's business name is "the same" as the registry's: people type full-width or
 * half-width brackets and stray spaces at will. The Java and SQL forms must stay in step.
 */
final class BusinessName {

    /** SQL for the comparable form of a name column: wrap the column between these two. */
    static final String SQL_OPEN = "UPPER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(";
    static final String SQL_CLOSE = ", '（', '('), '）', ')'), ' ', ''), '\u3000', ''), '\u00A0', ''))";

    private BusinessName() {
    }

    static boolean same(String a, String b) {
        return a != null && b != null && comparable(a).equals(comparable(b));
    }

    static String comparable(String name) {
        return name.strip().replace('（', '(').replace('）', ')')
                .replace(" ", "").replace("\u3000", "").replace("\u00A0", "")
                .toUpperCase(Locale.ROOT);
    }
}
