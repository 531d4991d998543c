package cn.dengkou.bizservice.common.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * One column of an exported sheet: its Chinese header, how a row gives its value, and the cell type that
 * value is written as (so Excel sums numbers and sorts dates). A null value leaves the cell blank.
 *
 * <pre>{@code List.of(Column.text("标题", Job::title), Column.integer("报名人数", Job::applicants).width(10))}</pre>
 */
public final class Column<T> {

    /** How a value becomes a cell; the format is Excel's. */
    enum Kind {
        TEXT(null), INTEGER("0"), DECIMAL("0.00"), DATE("yyyy-mm-dd"), DATE_TIME("yyyy-mm-dd hh:mm"),
        PERCENT("0.0%"), ANY(null);

        final String format;

        Kind(String format) {
            this.format = format;
        }
    }

    final String header;
    final Kind kind;
    final Function<? super T, ?> value;
    final int width;

    private Column(String header, Kind kind, Function<? super T, ?> value, int width) {
        this.header = header;
        this.kind = kind;
        this.value = value;
        this.width = width;
    }

    private static <T> Column<T> of(String header, Kind kind, Function<? super T, ?> value) {
        // A CJK character is about two widths of a Latin one; leave room for the header and a little more.
        return new Column<>(header, kind, value, Math.max(12, header.length() * 2 + 2));
    }

    public static <T> Column<T> text(String header, Function<? super T, String> value) {
        return of(header, Kind.TEXT, value);
    }

    public static <T> Column<T> integer(String header, Function<? super T, ? extends Number> value) {
        return of(header, Kind.INTEGER, value);
    }

    /** Two decimals shown; the stored value is exact as far as a double goes. */
    public static <T> Column<T> decimal(String header, Function<? super T, ? extends Number> value) {
        return of(header, Kind.DECIMAL, value);
    }

    public static <T> Column<T> date(String header, Function<? super T, LocalDate> value) {
        return of(header, Kind.DATE, value);
    }

    public static <T> Column<T> dateTime(String header, Function<? super T, LocalDateTime> value) {
        return of(header, Kind.DATE_TIME, value);
    }

    /** A ratio (0.25) shown as a percentage (25.0%). */
    public static <T> Column<T> percent(String header, Function<? super T, ? extends Number> value) {
        return of(header, Kind.PERCENT, value);
    }

    /**
     * For a column whose rows hold different kinds of value (a "指标 / 数值" sheet): numbers, dates and times
     * are written as such, anything else as its text.
     */
    public static <T> Column<T> value(String header, Function<? super T, ?> value) {
        return of(header, Kind.ANY, value);
    }

    /** This column with a width of about {@code characters} Latin characters. */
    public Column<T> width(int characters) {
        return new Column<>(header, kind, value, characters);
    }

    /** Used by the writer's type check of ANY values. */
    static Kind kindOf(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Kind.INTEGER;
        }
        if (v instanceof Number) {
            return Kind.DECIMAL;
        }
        if (v instanceof LocalDateTime) {
            return Kind.DATE_TIME;
        }
        if (v instanceof LocalDate) {
            return Kind.DATE;
        }
        return Kind.TEXT;
    }
}
