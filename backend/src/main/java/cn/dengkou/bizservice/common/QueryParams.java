package cn.dengkou.bizservice.common;

/** Query parameters of list filters: a blank value counts as absent, others lose surrounding blanks. */
public final class QueryParams {

    private QueryParams() {
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
