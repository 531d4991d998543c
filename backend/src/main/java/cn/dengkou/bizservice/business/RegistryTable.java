package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.ApiException;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static cn.dengkou.bizservice.business.RegistryFile.invalid;

/**
 * The table inside a registry file, whatever its format: finds the header row (title rows above it
 * are skipped), maps cells to {@link RegistryColumn}s, skips blank rows and enforces the row limit.
 */
final class RegistryTable {

    /** Title lines above the header ("磴口县市场主体名录") are common; the header must come within these rows. */
    private static final int HEADER_WITHIN = 10;

    private final Consumer<RegistryFile.Row> out;
    private Map<Integer, RegistryColumn> columns;
    private int rowsBeforeHeader;
    private int dataRows;

    RegistryTable(Consumer<RegistryFile.Row> out) {
        this.out = out;
    }

    /** One row of the file: its 1-based row number and its cells from the first column on. */
    void row(int number, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columns == null) {
            header(cells);
            return;
        }
        if (++dataRows > RegistryFile.MAX_ROWS) {
            throw invalid("数据超过 " + RegistryFile.MAX_ROWS + " 行，请拆分后分批导入");
        }
        Map<RegistryColumn, String> values = new EnumMap<>(RegistryColumn.class);
        columns.forEach((index, column) -> {
            if (index < cells.size() && cells.get(index) != null) {
                values.put(column, cells.get(index).strip());
            }
        });
        out.accept(new RegistryFile.Row(number, values));
    }

    /** Called after the last row: a file without a header row cannot be read. */
    void finish() {
        if (columns == null) {
            throw missingHeader();
        }
    }

    private void header(List<String> cells) {
        Map<Integer, RegistryColumn> found = new HashMap<>();
        Set<RegistryColumn> seen = EnumSet.noneOf(RegistryColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            RegistryColumn c = RegistryColumn.byHeader(cells.get(i));
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
        List<String> missing = EnumSet.allOf(RegistryColumn.class).stream()
                .filter(c -> c.required && !seen.contains(c)).map(RegistryColumn::title).toList();
        if (!missing.isEmpty()) {
            throw invalid("缺少必需的列：" + String.join("、", missing));
        }
        columns = found;
    }

    private static ApiException missingHeader() {
        return invalid("未找到表头行，需包含列：" + EnumSet.allOf(RegistryColumn.class).stream()
                .filter(c -> c.required).map(RegistryColumn::title).collect(Collectors.joining("、")));
    }
}
