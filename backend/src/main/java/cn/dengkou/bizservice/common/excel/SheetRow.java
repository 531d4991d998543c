package cn.dengkou.bizservice.common.excel;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of an imported sheet, read by column name. Getters give null for a blank cell; a cell
 * that is not of the type asked for is IMPORT_FILE_INVALID naming the row, the column and the value, so
 * a feature can throw it on or collect its message as the row's rejection.
 */
public record SheetRow(int number, List<String> cells, SheetHeader header) {

    /** The trimmed cell, or "" when blank or the header has no such column. */
    public String text(String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }

    public Long integer(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", "")).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrong(column, "整数", v);
        }
    }

    public BigDecimal decimal(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw wrong(column, "数字", v);
        }
    }

    /** A date cell, or a date typed as text in the forms {@link CellDates} knows. */
    public LocalDate date(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        LocalDate date = CellDates.parse(v);
        if (date == null) {
            throw wrong(column, "日期（如 2024-03-08）", v);
        }
        return date;
    }

    private ApiException wrong(String column, String expected, String value) {
        return new ApiException(ErrorCode.IMPORT_FILE_INVALID,
                "第" + number + "行「" + column + "」应为" + expected + "：" + value);
    }
}
