package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.excel.TableFile;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a registry extract, CSV or XLSX (told apart by content, not by name), row by row: the
 * header row names the columns ({@link RegistryTable}) and every later non-blank row goes to the
 * consumer with its row number in the file (the header's own row counts). A file that cannot be
 * read at all is refused with IMPORT_FILE_INVALID; callers write nothing until this returns.
 */
final class RegistryFile {

    static final int MAX_ROWS = 100_000;

    /** A data row: its 1-based row number in the file and its trimmed cells (absent columns are ""). */
    record Row(int number, Map<RegistryColumn, String> cells) {
        String get(RegistryColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    private RegistryFile() {
    }

    static void read(byte[] content, String filename, Consumer<Row> rows) {
        RegistryTable table = new RegistryTable(rows);
        TableFile.read(content, filename, table::row);
        table.finish();
    }

    static ApiException invalid(String detail) {
        return TableFile.invalid(detail);
    }
}
