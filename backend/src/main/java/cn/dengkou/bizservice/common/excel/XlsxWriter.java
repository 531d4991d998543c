package cn.dengkou.bizservice.common.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An .xlsx workbook of sheets with a bold Chinese header row and typed columns ({@link Column}), written with
 * POI's streaming SXSSF: only the last {@value #WINDOW} rows of a sheet are in memory, the rest are flushed
 * to a compressed temporary file that {@link #close()} deletes, so a 100,000-row export costs little heap.
 */
public final class XlsxWriter implements AutoCloseable {

    private static final int WINDOW = 100;

    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final Map<Column.Kind, CellStyle> styles = new EnumMap<>(Column.Kind.class);

    public XlsxWriter() {
        wb.setCompressTempFiles(true);
        header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        for (Column.Kind kind : Column.Kind.values()) {
            if (kind.format != null) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(kind.format));
                styles.put(kind, style);
            }
        }
    }

    /** Writes one sheet: the header row, then one row per element, in order. */
    public <T> XlsxWriter sheet(String name, List<Column<T>> columns, Iterable<? extends T> rows) {
        Sheet sheet = wb.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(columns.get(i).header);
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width) * 256);
        }
        sheet.createFreezePane(0, 1);
        int n = 1;
        for (T element : rows) {
            Row row = sheet.createRow(n++);
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                Object value = column.value.apply(element);
                if (value != null) {
                    write(row.createCell(i), column.kind == Column.Kind.ANY ? Column.kindOf(value) : column.kind, value);
                }
            }
        }
        return this;
    }

    private void write(Cell cell, Column.Kind kind, Object value) {
        switch (kind) {
            case INTEGER, DECIMAL, PERCENT -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> cell.setCellValue((LocalDate) value);
            case DATE_TIME -> cell.setCellValue((LocalDateTime) value);
            default -> cell.setCellValue(value.toString());
        }
        CellStyle style = styles.get(kind);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    public void write(OutputStream out) throws IOException {
        wb.write(out);
    }

    /** The workbook as bytes (compressed, so far smaller than the rows it holds). */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        wb.dispose(); // deletes the temporary files
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
