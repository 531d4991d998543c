package cn.dengkou.bizservice.common.excel;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as staff type them into a sheet or a CSV, and as {@link XlsxReader} gives date cells. */
public final class CellDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("\\d{8}");
    /** An Excel day number (a date cell read as a number or pasted as text): five digits, 1927 to 2173. */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");

    private CellDates() {
    }

    /** yyyy-MM-dd (also with / . or 年月日, and a time after it), yyyyMMdd, or an Excel day number; else null. */
    public static LocalDate parse(String value) {
        try {
            Matcher m = DATE.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            if (COMPACT_DATE.matcher(value).matches()) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (EXCEL_SERIAL.matcher(value).matches()) {
                double serial = Double.parseDouble(value);
                return DateUtil.isValidExcelDate(serial)
                        ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
