package cn.dengkou.bizservice.common.excel;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared streaming reader on sheets written by POI both ways (shared strings and inline strings). */
class XlsxReaderTest {

    private record Line(int number, List<String> cells) {
    }

    private static List<Line> read(byte[] xlsx) {
        List<Line> lines = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(xlsx), (number, cells) -> lines.add(new Line(number, List.copyOf(cells))));
        return lines;
    }

    private static void assertInvalid(byte[] content, String detailPart) {
        assertThatThrownBy(() -> read(content)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_INVALID);
            assertThat(e.getMessage()).contains(detailPart);
        });
    }

    /** The same sheet: a header, a row with a gap, an empty row, text that looks like numbers, dates and numbers. */
    private static void fill(Workbook wb) {
        Sheet s = wb.createSheet("名录");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月d日"));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
        Row header = s.createRow(0);
        String[] names = {"统一社会信用代码", "电话", "名称", "成立日期", "更新时间", "人数", "金额"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row r = s.createRow(1);
        r.createCell(0).setCellValue("915008221234567890"); // all digits, typed as text
        r.createCell(1).setCellValue("013800138000");       // a leading zero only text keeps
        // column C left out: a blank cell inside the row
        r.createCell(3).setCellValue(LocalDate.of(2017, 11, 3));
        r.getCell(3).setCellStyle(date);
        r.createCell(4).setCellValue(LocalDateTime.of(2024, 3, 8, 9, 30));
        r.getCell(4).setCellStyle(dateTime);
        r.createCell(5).setCellValue(12);
        r.createCell(6).setCellValue(1234.5);
        // sheet row 3 is empty and absent; row 4 has a phone typed as a number and the same text twice
        Row r4 = s.createRow(3);
        r4.createCell(1).setCellValue(13800138000d);
        r4.createCell(2).setCellValue("磴口县甲店");
        r4.createCell(4).setCellValue("磴口县甲店");
    }

    private static byte[] xssf() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] sxssfInline() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static void assertTheSheet(byte[] xlsx) {
        List<Line> lines = read(xlsx);
        assertThat(lines).extracting(Line::number).containsExactly(1, 2, 4);
        assertThat(lines.get(0).cells()).containsExactly("统一社会信用代码", "电话", "名称", "成立日期", "更新时间", "人数", "金额");
        assertThat(lines.get(1).cells())
                .containsExactly("915008221234567890", "013800138000", "", "2017-11-03", "2024-03-08 09:30:00", "12", "1234.5");
        assertThat(lines.get(2).cells()).containsExactly("", "13800138000", "磴口县甲店", "", "磴口县甲店");
    }

    @Test
    void sharedStringsAsExcelAndXssfWriteThem() throws IOException {
        byte[] xlsx = xssf();
        assertThat(entries(xlsx)).contains("xl/sharedStrings.xml");
        assertTheSheet(xlsx);
    }

    @Test
    void inlineStringsAsStreamingWritersWriteThem() throws IOException {
        byte[] xlsx = sxssfInline();
        assertThat(new String(entry(xlsx, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)).contains("inlineStr");
        assertTheSheet(xlsx);
    }

    @Test
    void headerLookupAndTypedGettersWithChineseErrors() throws IOException {
        List<Line> lines = read(xssf());
        SheetHeader header = SheetHeader.of(lines.get(0).cells()).require(" *统一社会信用代码", "名称");
        SheetRow row = header.row(lines.get(1).number(), lines.get(1).cells());
        assertThat(row.text("统一社会信用代码")).isEqualTo("915008221234567890");
        assertThat(row.text("名称")).isEmpty();
        assertThat(row.text("不存在的列")).isEmpty();
        assertThat(row.date("成立日期")).isEqualTo(LocalDate.of(2017, 11, 3));
        assertThat(row.date("更新时间")).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(row.integer("人数")).isEqualTo(12L);
        assertThat(row.decimal("金额")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(row.integer("名称")).isNull();

        assertThatThrownBy(() -> row.integer("金额")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_INVALID);
            assertThat(e.getMessage()).isEqualTo("第2行「金额」应为整数：1234.5");
        });
        SheetRow next = header.row(lines.get(2).number(), lines.get(2).cells());
        assertThatThrownBy(() -> next.date("更新时间")).hasMessage("第4行「更新时间」应为日期（如 2024-03-08）：磴口县甲店");
        assertThatThrownBy(() -> next.decimal("名称")).hasMessage("第4行「名称」应为数字：磴口县甲店");
    }

    @Test
    void aMissingHeaderIsNamed() throws IOException {
        SheetHeader header = SheetHeader.of(read(xssf()).get(0).cells());
        assertThatThrownBy(() -> header.require("名称", "经营者", "乡镇"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_INVALID);
                    assertThat(e.getMessage()).isEqualTo("缺少必需的列：经营者、乡镇");
                });
    }

    @Test
    void theHandlersOwnExceptionComesOutUnchanged() throws IOException {
        byte[] xlsx = xssf();
        IllegalStateException stop = new IllegalStateException("stop");
        assertThatThrownBy(() -> XlsxReader.read(new ByteArrayInputStream(xlsx), (n, cells) -> {
            throw stop;
        })).isSameAs(stop);
    }

    @Test
    void brokenFilesAreInvalid() throws IOException {
        assertInvalid("not a zip".getBytes(StandardCharsets.UTF_8), "无法读取 Excel 文件");
        assertInvalid(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "无法读取 Excel 文件");
        assertInvalid(replace(xssf(), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row".getBytes(StandardCharsets.UTF_8)),
                "Excel 文件内容已损坏");
    }

    @Test
    void anEntityInTheSheetIsRefused() throws IOException {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>";
        List<Line> seen = new ArrayList<>();
        assertThatThrownBy(() -> XlsxReader.read(new ByteArrayInputStream(
                        replace(xssf(), "xl/worksheets/sheet1.xml", billionLaughs.getBytes(StandardCharsets.UTF_8))),
                (n, cells) -> seen.add(new Line(n, cells))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Excel 文件内容已损坏，无法读取"));
        assertThat(seen).isEmpty();
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        // 50 MB of blanks inside one cell deflate more than 100 to 1: POI's zip bomb check refuses the entry.
        byte[] sheet = blankCell(50_000_000);
        byte[] bomb = replace(xssf(), "xl/worksheets/sheet1.xml", sheet);
        assertThat(bomb.length).isLessThan(sheet.length / 100);
        assertInvalid(bomb, "无法读取 Excel 文件");
        // The same package with a short cell is read: it is the ratio that is refused, not the rewritten zip.
        assertThat(read(replace(xssf(), "xl/worksheets/sheet1.xml", blankCell(10))))
                .singleElement().satisfies(line -> assertThat(line.cells()).containsExactly(" ".repeat(10)));
    }

    private static byte[] blankCell(int blanks) {
        return ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + " ".repeat(blanks)
                + "</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        eachEntry(zip, (e, in) -> names.add(e.getName()));
        return names;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        ByteArrayOutputStream found = new ByteArrayOutputStream();
        eachEntry(zip, (e, in) -> {
            if (e.getName().equals(name)) {
                found.writeBytes(in);
            }
        });
        return found.toByteArray();
    }

    /** The same package with one part's content swapped. */
    private static byte[] replace(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            eachEntry(zip, (e, in) -> {
                try {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(e.getName().equals(name) ? content : in);
                    z.closeEntry();
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            });
        }
        return out.toByteArray();
    }

    private interface EntryVisitor {
        void visit(ZipArchiveEntry entry, byte[] content);
    }

    private static void eachEntry(byte[] zip, EntryVisitor visitor) throws IOException {
        // commons-compress, as POI: SXSSF's entries carry their sizes after the data, which java.util.zip refuses.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                visitor.visit(e, in.readAllBytes());
            }
        }
    }
}
