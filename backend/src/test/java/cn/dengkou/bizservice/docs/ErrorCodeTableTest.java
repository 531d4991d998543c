package cn.dengkou.bizservice.docs;

import cn.dengkou.bizservice.common.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code miniprogram-api-docs/error-codes.md} is what mini-program developers code against: its tables
 * must list every {@link ErrorCode} with the HTTP status the API really sends, and nothing else.
 * A table row is one whose first cell is a single backticked code: {@code | `CODE` | 400 | 含义 | 处理 |}.
 */
class ErrorCodeTableTest {

    private static final String DOC = "miniprogram-api-docs/error-codes.md";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|(.*)\\|\\s*$");

    record Row(int line, String code, List<String> cells) {
    }

    @Test
    void everyErrorCodeIsInTheTableWithItsHttpStatus() throws IOException {
        Map<String, Row> rows = rows();
        List<String> problems = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            Row row = rows.get(code.name());
            if (row == null) {
                problems.add(code.name() + " (HTTP " + code.status().value() + ") is missing from the table");
                continue;
            }
            String status = row.cells().isEmpty() ? "" : row.cells().get(0);
            Matcher number = Pattern.compile("\\b(\\d{3})\\b").matcher(status);
            if (!number.find() || Integer.parseInt(number.group(1)) != code.status().value()) {
                problems.add(code.name() + " on line " + row.line() + " says HTTP '" + status + "', the API sends "
                        + code.status().value());
            }
            if (row.cells().size() < 3 || row.cells().get(1).isBlank() || row.cells().get(2).isBlank()) {
                problems.add(code.name() + " on line " + row.line() + " needs 含义 and 客户端应如何处理");
            }
        }
        assertThat(problems).as("fix %s", DOC).isEmpty();
    }

    @Test
    void tableListsNoCodeThatDoesNotExist() throws IOException {
        TreeSet<String> known = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> unknown = new TreeSet<>(rows().keySet());
        unknown.removeAll(known);
        assertThat(unknown).as("codes in %s that ErrorCode does not have", DOC).isEmpty();
    }

    private static Map<String, Row> rows() throws IOException {
        Path file = docFile();
        assertThat(file).as(DOC).isRegularFile();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ROW.matcher(lines.get(i).trim());
            if (!m.matches()) {
                continue;
            }
            List<String> cells = Arrays.stream(m.group(2).split("(?<!\\\\)\\|", -1)).map(String::trim).toList();
            Row row = new Row(i + 1, m.group(1), cells);
            if (rows.putIfAbsent(row.code(), row) != null) {
                duplicates.add(row.code() + " (line " + row.line() + ")");
            }
        }
        assertThat(duplicates).as("codes listed twice in %s", DOC).isEmpty();
        return rows;
    }

    private static Path docFile() {
        Path fromModule = Path.of("..").resolve(DOC).normalize();
        if (Files.isRegularFile(fromModule)) {
            return fromModule;
        }
        Path fromRoot = Path.of(DOC);
        return Files.isRegularFile(fromRoot) ? fromRoot : fromModule;
    }
}
