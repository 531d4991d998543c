package cn.dengkou.bizservice.common.excel;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of an imported sheet: finds a column by its Chinese name, ignoring spaces, case, a BOM
 * and the "*" staff put on required columns. The first of two equal headers wins.
 */
public final class SheetHeader {

    private final Map<String, Integer> columns = new HashMap<>();

    private SheetHeader(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                columns.putIfAbsent(normalize(cells.get(i)), i);
            }
        }
    }

    public static SheetHeader of(List<String> cells) {
        return new SheetHeader(cells);
    }

    /** The column's 0-based index, or -1 if the header does not name it. */
    public int indexOf(String name) {
        return columns.getOrDefault(normalize(name), -1);
    }

    /** This header, or IMPORT_FILE_INVALID naming every required column it lacks. */
    public SheetHeader require(String... names) {
        List<String> missing = Arrays.stream(names).filter(n -> indexOf(n) < 0).toList();
        if (!missing.isEmpty()) {
            throw new ApiException(ErrorCode.IMPORT_FILE_INVALID, "缺少必需的列：" + String.join("、", missing));
        }
        return this;
    }

    /** A data row read under this header. */
    public SheetRow row(int number, List<String> cells) {
        return new SheetRow(number, cells, this);
    }

    /** A header as it is matched: no spaces (also full-width), no required-marker asterisks, no BOM, lower case. */
    public static String normalize(String header) {
        return header.replaceAll("[\\s*\u3000\uFEFF]", "").toLowerCase(Locale.ROOT);
    }
}
