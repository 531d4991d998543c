package cn.dengkou.bizservice.common.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared writer, read back with POI's full model, and the download around it. */
class XlsxWriterTest {

    private record Job(String title, Integer openings, BigDecimal salary, LocalDate closes, LocalDateTime posted,
                       Double filled, Object note) {
    }

    private static final List<Column<Job>> COLUMNS = List.of(
            Column.<Job>text("岗位名称", Job::title).width(30),
            Column.<Job>integer("招聘人数", Job::openings),
            Column.<Job>decimal("月薪（元）", Job::salary),
            Column.<Job>date("截止日期", Job::closes),
            Column.<Job>dateTime("发布时间", Job::posted),
            Column.<Job>percent("到岗率", Job::filled),
            Column.<Job>value("备注", Job::note));

    @Test
    void headersAreBoldChineseAndCellsAreTyped() throws IOException {
        List<Job> jobs = List.of(
                new Job("收银员", 3, new BigDecimal("3500.50"), LocalDate.of(2026, 12, 31),
                        LocalDateTime.of(2026, 12, 1, 9, 30), 0.25, 7L),
                new Job("13800138000", null, null, null, null, null, "013800138000"));
        byte[] xlsx;
        try (XlsxWriter w = new XlsxWriter()) {
            xlsx = w.sheet("招聘岗位", COLUMNS, jobs).sheet("空表", COLUMNS, List.of()).toBytes();
        }

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetName(0)).isEqualTo("招聘岗位");
            assertThat(wb.getSheetName(1)).isEqualTo("空表");
            Sheet s = wb.getSheetAt(0);
            Row head = s.getRow(0);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("岗位名称", "招聘人数", "月薪（元）", "截止日期", "发布时间", "到岗率", "备注");
            assertThat(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(s.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();

            Row r = s.getRow(1);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("收银员");
            assertNumber(r.getCell(1), 3, "0");
            assertNumber(r.getCell(2), 3500.5, "0.00");
            assertThat(DateUtil.isCellDateFormatted(r.getCell(3))).isTrue();
            assertThat(r.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(r.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(r.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30));
            assertThat(r.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertNumber(r.getCell(5), 0.25, "0.0%");
            assertNumber(r.getCell(6), 7, "0");

            Row blank = s.getRow(2);
            assertThat(blank.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(blank.getCell(0).getStringCellValue()).isEqualTo("13800138000");
            for (int i = 1; i <= 5; i++) {
                assertThat(blank.getCell(i)).as("column %d of a row of nulls", i).isNull();
            }
            assertThat(blank.getCell(6).getStringCellValue()).isEqualTo("013800138000");
            assertThat(s.getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(1).getLastRowNum()).isZero();
        }
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<Job> jobs = List.of(new Job("收银员", 3, new BigDecimal("3500.50"), LocalDate.of(2026, 12, 31),
                LocalDateTime.of(2026, 12, 1, 9, 30), 0.25, "x"));
        byte[] xlsx;
        try (XlsxWriter w = new XlsxWriter()) {
            xlsx = w.sheet("招聘岗位", COLUMNS, jobs).toBytes();
        }
        List<List<String>> rows = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(xlsx), (n, cells) -> rows.add(List.copyOf(cells)));
        assertThat(rows.get(1)).containsExactly("收银员", "3", "3500.50", "2026-12-31", "2026-12-01 09:30:00", "25.0%", "x");
    }

    @Test
    void theDownloadHasTheSpreadsheetTypeAndAnRfc5987Name() {
        ResponseEntity<byte[]> r = XlsxDownload.of("公告12触达统计.xlsx",
                w -> w.sheet("表", COLUMNS, List.of()));
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("filename*=UTF-8''%E5%85%AC%E5%91%8A12%E8%A7%A6%E8%BE%BE%E7%BB%9F%E8%AE%A1.xlsx");
        assertThat(r.getBody()).startsWith(0x50, 0x4B, 0x03, 0x04);
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }
}
