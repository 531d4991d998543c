package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.excel.TableFile;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static cn.dengkou.bizservice.common.excel.TableFile.invalid;

/**
 * Reads an import, row by row, whatever its format: a JSON array of objects (row = position in the array, from 1),
 * or a CSV/XLSX table whose first non-blank row is the header (row = row in the file). Streams: no format holds all
 * rows. A file that cannot be read is IMPORT_FILE_INVALID, thrown wherever reading stops (the caller rolls back).
 */
final class JobImportFile {

    static final int MAX_ROWS = 100_000;

    /** One data row: its number and its cells by column (absent ones left out), or why it cannot be a job. */
    record Row(int number, Map<JobImportColumn, String> cells, String problem) {
        String get(JobImportColumn c) {
            String v = cells.get(c);
            return v == null ? "" : v.strip();
        }
    }

    private JobImportFile() {
    }

    static void read(byte[] content, String filename, boolean sourceGiven, ObjectMapper json, Consumer<Row> out) {
        if (isJson(content)) {
            readJson(content, json, out);
            return;
        }
        Table table = new Table(sourceGiven, out);
        TableFile.read(content, filename, table::row);
        if (table.columns == null) {
            throw invalid("文件中没有表头行");
        }
    }

    static boolean isJson(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && (content[i] == '[' || content[i] == '{');
    }

    private static void readJson(byte[] content, ObjectMapper json, Consumer<Row> out) {
        try (JsonParser p = json.getFactory().createParser(content)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw invalid("JSON 内容应为岗位数组（[ {...}, {...} ]）");
            }
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw invalid("JSON 内容不完整");
                }
                if (++n > MAX_ROWS) {
                    throw invalid("数据超过 " + MAX_ROWS + " 行，请拆分后分批导入");
                }
                JsonNode node = json.readTree(p);
                if (!node.isObject()) {
                    out.accept(new Row(n, Map.of(), "应为一个岗位对象"));
                    continue;
                }
                Map<JobImportColumn, String> cells = new EnumMap<>(JobImportColumn.class);
                node.fields().forEachRemaining(f -> {
                    JobImportColumn c = JobImportColumn.byHeader(f.getKey());
                    if (c != null && !f.getValue().isNull()) {
                        cells.putIfAbsent(c, f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
                    }
                });
                out.accept(new Row(n, cells, null));
            }
            if (p.nextToken() != null) {
                throw invalid("JSON 数组之后还有多余内容");
            }
        } catch (JsonParseException e) {
            throw invalid("JSON 格式错误（第 " + e.getLocation().getLineNr() + " 行附近）");
        } catch (IOException e) {
            throw invalid("JSON 文件无法读取");
        }
    }

    /** A CSV/XLSX table: the first non-blank row is the header, later non-blank rows are data. */
    private static final class Table {
        private final boolean sourceGiven;
        private final Consumer<Row> out;
        private Map<Integer, JobImportColumn> columns;
        private int rows;

        Table(boolean sourceGiven, Consumer<Row> out) {
            this.sourceGiven = sourceGiven;
            this.out = out;
        }

        void row(int number, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                header(cells);
                return;
            }
            if (++rows > MAX_ROWS) {
                throw invalid("数据超过 " + MAX_ROWS + " 行，请拆分后分批导入");
            }
            Map<JobImportColumn, String> values = new EnumMap<>(JobImportColumn.class);
            columns.forEach((i, c) -> {
                if (i < cells.size() && cells.get(i) != null) {
                    values.put(c, cells.get(i));
                }
            });
            out.accept(new Row(number, values, null));
        }

        private void header(List<String> cells) {
            Map<Integer, JobImportColumn> found = new java.util.HashMap<>();
            Set<JobImportColumn> seen = EnumSet.noneOf(JobImportColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                JobImportColumn c = JobImportColumn.byHeader(cells.get(i));
                if (c != null && seen.add(c)) {
                    found.put(i, c);
                }
            }
            List<String> missing = EnumSet.allOf(JobImportColumn.class).stream()
                    .filter(c -> (c.required || (c == JobImportColumn.SOURCE && !sourceGiven)) && !seen.contains(c))
                    .map(c -> c.title).toList();
            if (!missing.isEmpty()) {
                throw invalid("第一行应为表头，缺少必需的列：" + missing.stream().collect(Collectors.joining("、")));
            }
            columns = found;
        }
    }
}
