package cn.dengkou.bizservice.common;

import java.util.regex.Pattern;

/**
 * What a shared index or trail is keyed by besides an id: a feature's own lowercase word
 * ({@code notice}, {@code business}, {@code staff}, later {@code job}, {@code event}, {@code ticket}).
 * Each feature names its kind once; shared pieces only check its shape, since they write it into SQL.
 */
public final class SubjectKind {

    /** Column width of the kind columns (search_term.kind, audit_entry.subject_kind). */
    public static final int MAX_LENGTH = 16;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_-]{0," + (MAX_LENGTH - 1) + "}");

    private SubjectKind() {
    }

    public static boolean valid(String kind) {
        return kind != null && SHAPE.matcher(kind).matches();
    }

    /** The kind itself; a malformed one is a programming error. */
    public static String check(String kind) {
        if (!valid(kind)) {
            throw new IllegalArgumentException("subject kind must be a lowercase word of at most "
                    + MAX_LENGTH + " characters: " + kind);
        }
        return kind;
    }

    /** A column reference such as {@code notice.id}, checked before it is written into SQL. */
    public static String column(String column) {
        if (column == null || !column.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("not a column reference: " + column);
        }
        return column;
    }
}
