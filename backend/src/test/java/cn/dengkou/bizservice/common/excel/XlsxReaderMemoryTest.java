package cn.dengkou.bizservice.common.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50,000-row registry-like sheet, written with SXSSF into target/ with shared strings (as Excel saves it,
 * and the heavier case for a reader: every distinct text is held while the sheet streams), read through
 * {@link XlsxReader}. The growth measured is the live heap after a full GC, sampled inside the row
 * callback (every 10,000 rows and at the last one, while the package and the strings are still held).
 */
class XlsxReaderMemoryTest {

    private static final int ROWS = 50_000;
    private static final long LIMIT = 64L * 1024 * 1024;
    private static final Path FILE = Path.of("target", "excel-bench", "registry-50000.xlsx");
    private static final String[] TOWNSHIPS = {"巴彦高勒镇", "渡口镇", "隆盛合镇", "补隆淖镇", "沙金套海苏木"};

    @BeforeAll
    static void writeTheSheet() throws IOException {
        Files.createDirectories(FILE.getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true); OutputStream out = Files.newOutputStream(FILE)) {
            SXSSFSheet s = wb.createSheet("名录");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            String[] header = {"统一社会信用代码", "名称", "经营者", "主体类型", "行业", "乡镇", "成立日期", "联系电话"};
            Row head = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int n = 1; n <= ROWS; n++) {
                Row r = s.createRow(n);
                r.createCell(0).setCellValue(String.format("92150822MA%08d", n));
                r.createCell(1).setCellValue("磴口县第" + n + "号商贸有限公司");
                r.createCell(2).setCellValue("经营者" + (n % 997));
                r.createCell(3).setCellValue(n % 3 == 0 ? "小微企业" : "个体工商户");
                r.createCell(4).setCellValue(n % 2 == 0 ? "批发和零售业" : "住宿和餐饮业");
                r.createCell(5).setCellValue(TOWNSHIPS[n % TOWNSHIPS.length]);
                r.createCell(6).setCellValue(LocalDate.of(2000, 1, 1).plusDays(n % 9000));
                r.getCell(6).setCellStyle(date);
                r.createCell(7).setCellValue(String.valueOf(13_800_000_000L + n));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    @Test
    void fiftyThousandRowsAreReadWithUnder64MbOfHeapGrowth() throws IOException {
        long before = liveHeap();
        long[] peak = {0}; // the largest live heap seen while reading
        int[] rows = {0};
        String[] last = new String[1];
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(FILE)) {
            XlsxReader.read(in, (number, cells) -> {
                rows[0]++;
                if (number % 10_000 == 0 || number == ROWS + 1) {
                    peak[0] = Math.max(peak[0], liveHeap());
                }
                if (number == ROWS + 1) {
                    last[0] = String.join(",", cells);
                }
            });
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        long after = liveHeap();
        // Against the lower of the two readings: a cache the JVM let go of during the read must not hide growth.
        long growth = peak[0] - Math.min(before, after);

        System.out.printf("XlsxReader: %,d rows, file %,d bytes, live heap %.1f MB before, %.1f MB peak, %.1f MB after:"
                        + " growth %.1f MB; %d ms with 7 full GCs%n", rows[0], Files.size(FILE), before / 1048576.0,
                peak[0] / 1048576.0, after / 1048576.0, growth / 1048576.0, ms);
        assertThat(rows[0]).isEqualTo(ROWS + 1);
        assertThat(last[0]).isEqualTo("92150822MA00050000,磴口县第50000号商贸有限公司,经营者150,个体工商户,批发和零售业,巴彦高勒镇,"
                + LocalDate.of(2000, 1, 1).plusDays(50_000 % 9000) + ",13800050000");
        assertThat(growth).isLessThan(LIMIT);
    }

    /** Used heap after full collections, so only what is still referenced counts. */
    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
