package cn.dengkou.bizservice.common.excel;

import cn.dengkou.bizservice.common.ApiException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.dengkou.bizservice.common.excel.TableFile.invalid;

/**
 * The table inside an imported file, for {@link TableFile}/{@link XlsxReader}'s rows: finds the header row (title rows
 * above it are skipped, up to {@link #HEADER_WITHIN}), maps cells to a feature's column enum, skips blank rows and
 * enforces a row limit. A header missing required columns, no header at all or too many rows is IMPORT_FILE_INVALID.
 */
public final class HeaderedTable<C extends Enum<C>> implements XlsxReader.Rows {

    /** Title lines above the header ("磴口县市场主体名录") are common; the header must come within these rows. */
    public static final int HEADER_WITHIN = 10;

    /** A data row: its 1-based row number in the file and its trimmed cells (absent columns left out). */
    public record Row<C>(int number, Map<C, String> cells) {
        public String get(C column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final Class<C> type;
    private final Function<String, C> byHeader;
    private final Set<C> required;
    private final Function<C, String> title;
    private final int maxRows;
    private final Consumer<Row<C>> out;
    private Map<Integer, C> columns;
    private int rowsBeforeHeader;
    private int dataRows;

    /**
     * @param byHeader the column a header cell names, or null
     * @param title    a column's name in error messages
     */
    public HeaderedTable(Class<C> type, Function<String, C> byHeader, Set<C> required, Function<C, String> title,
                         int maxRows, Consumer<Row<C>> out) {
        this.type = type;
        this.byHeader = byHeader;
        this.required = required;
        this.title = title;
        this.maxRows = maxRows;
        this.out = out;
    }

    @Override
    public void row(int number, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columns == null) {
            header(cells);
            return;
        }
        if (++dataRows > maxRows) {
            throw invalid("数据超过 " + maxRows + " 行，请拆分后分批导入");
        }
        Map<C, String> values = new EnumMap<>(type);
        columns.forEach((index, column) -> {
            if (index < cells.size() && cells.get(index) != null) {
                values.put(column, cells.get(index).strip());
            }
        });
        out.accept(new Row<>(number, values));
    }

    /** Called after the last row: a file without a header row cannot be read. */
    public void finish() {
        if (columns == null) {
            throw missingHeader();
        }
    }

    private void header(List<String> cells) {
        Map<Integer, C> found = new HashMap<>();
        Set<C> seen = EnumSet.noneOf(type);
        for (int i = 0; i < cells.size(); i++) {
            C c = byHeader.apply(cells.get(i));
            if (c != null && seen.add(c)) {
                found.put(i, c);
            }
        }
        if (found.isEmpty()) {
            if (++rowsBeforeHeader >= HEADER_WITHIN) {
                throw missingHeader();
            }
            return;
        }
        List<String> missing = EnumSet.allOf(type).stream()
                .filter(c -> required.contains(c) && !seen.contains(c)).map(title).toList();
        if (!missing.isEmpty()) {
            throw invalid("缺少必需的列：" + String.join("、", missing));
        }
        columns = found;
    }

    private ApiException missingHeader() {
        return invalid("未找到表头行，需包含列：" + EnumSet.allOf(type).stream()
                .filter(required::contains).map(title).collect(Collectors.joining("、")));
    }
}
