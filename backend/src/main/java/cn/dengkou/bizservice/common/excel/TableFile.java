package cn.dengkou.bizservice.common.excel;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An uploaded table, CSV (UTF-8, or GB18030/GBK as Excel on Chinese Windows saves it) or XLSX, told apart by
 * content, not by name: every record goes to {@code rows} with its 1-based row (CSV: record) number, blank ones
 * included, so numbers stay what the user sees. A file that cannot be read is IMPORT_FILE_INVALID; an exception of
 * the row handler passes through unchanged.
 */
public final class TableFile {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TableFile() {
    }

    public static void read(byte[] content, String filename, XlsxReader.Rows rows) {
        if (content.length == 0) {
            throw invalid("文件为空");
        }
        if (isXlsx(content)) {
            XlsxReader.read(new ByteArrayInputStream(content), rows);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw invalid("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 CSV（UTF-8）后再导入");
        } else if (filename != null && filename.toLowerCase(Locale.ROOT).matches(".*\\.xlsx?")) {
            throw invalid("文件扩展名是 Excel，但内容不是有效的 .xlsx 文件");
        } else {
            readCsv(content, rows);
        }
    }

    /** Whether the content is a zip (an .xlsx). */
    public static boolean isXlsx(byte[] content) {
        return startsWith(content, 0x50, 0x4B, 0x03, 0x04);
    }

    public static ApiException invalid(String detail) {
        return new ApiException(ErrorCode.IMPORT_FILE_INVALID, detail);
    }

    private static void readCsv(byte[] content, XlsxReader.Rows table) {
        if (looksBinary(content)) {
            throw invalid("文件不是 CSV 或 XLSX 格式");
        }
        int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // Excel on Chinese Windows saves "CSV (逗号分隔)" in GB18030/GBK; read it rather than refuse it as mojibake.
        Charset charset = isUtf8(content) ? StandardCharsets.UTF_8 : GB18030;
        // Blank lines are kept as records so that record numbers stay line numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start), charset);
             CSVParser parser = format.parse(reader)) {
            try {
                for (CSVRecord record : parser) {
                    table.row((int) record.getRecordNumber(), record.toList());
                }
            } catch (UncheckedIOException e) {
                throw invalid("CSV 格式错误（第 " + parser.getCurrentLineNumber() + " 行附近），请检查引号是否成对");
            }
        } catch (IOException e) {
            throw invalid("CSV 文件无法读取");
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files have no NUL bytes; images, PDFs and UTF-16 exports do. */
    private static boolean looksBinary(byte[] content) {
        for (int i = 0, n = Math.min(content.length, 8192); i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }
}
