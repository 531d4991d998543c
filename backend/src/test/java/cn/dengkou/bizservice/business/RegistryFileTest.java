package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.excel.CellDates;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import parser on its own: file formats, headers, limits and the checks of each row. */
class RegistryFileTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final Map<String, Map<String, String>> DICTIONARIES = Map.of(
            Dictionaries.BUSINESS_KINDS, Map.of("INDIVIDUAL", "个体工商户", "ENTERPRISE", "小微企业"),
            Dictionaries.INDUSTRIES, Map.of("F", "批发和零售业", "H", "住宿和餐饮业"),
            Dictionaries.TOWNSHIPS, Map.of("BYGL", "巴彦高勒镇", "DK", "渡口镇"),
            Dictionaries.TAXPAYER_TYPES, Map.of("GENERAL", "一般纳税人", "SMALL_SCALE", "小规模纳税人"));
    private static final String HEADER = "统一社会信用代码,名称,经营者,主体类型,行业,乡镇,成立日期,纳税人类型\n";

    private static RegistryRows parse(byte[] content, String filename) {
        RegistryRows rows = new RegistryRows(d -> DICTIONARIES.getOrDefault(d, Map.of()), TODAY);
        RegistryFile.read(content, filename, rows::add);
        return rows;
    }

    private static RegistryRows parseCsv(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), "registry.csv");
    }

    private static void assertInvalid(byte[] content, String filename, String detailPart) {
        assertThatThrownBy(() -> parse(content, filename))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_INVALID);
                    assertThat(e.getMessage()).contains(detailPart);
                });
    }

    @Test
    void csvWithBomChineseHeadersCodesAndNames() {
        String a = TestUscc.random();
        String b = TestUscc.random();
        String csv = "\uFEFF" + HEADER
                + a + ",磴口县老王饭店,王五,个体工商户,住宿和餐饮业,巴彦高勒镇,2019-03-08,\n"
                + b.toLowerCase() + ", 磴口县 宏达商贸有限公司 ,李四,ENTERPRISE,f,DK,2020/1/5,一般纳税人\n";

        RegistryRows rows = parseCsv(csv);

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted()).hasSize(2);
        RegistryEntry first = rows.accepted().get(0);
        assertThat(first.getUscc()).isEqualTo(a);
        assertThat(first.getName()).isEqualTo("磴口县老王饭店");
        assertThat(first.getOperatorName()).isEqualTo("王五");
        assertThat(first.getKind()).isEqualTo("INDIVIDUAL");
        assertThat(first.getIndustry()).isEqualTo("H");
        assertThat(first.getTownship()).isEqualTo("BYGL");
        assertThat(first.getRegisteredOn()).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(first.getTaxpayerType()).isNull();
        RegistryEntry second = rows.accepted().get(1);
        assertThat(second.getUscc()).isEqualTo(b);
        assertThat(second.getName()).isEqualTo("磴口县 宏达商贸有限公司");
        assertThat(second.getKind()).isEqualTo("ENTERPRISE");
        assertThat(second.getIndustry()).isEqualTo("F");
        assertThat(second.getTownship()).isEqualTo("DK");
        assertThat(second.getRegisteredOn()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(second.getTaxpayerType()).isEqualTo("GENERAL");
    }

    @Test
    void englishAliasesInAnyOrderAndWithoutTheOptionalColumn() {
        String a = TestUscc.random();
        String csv = "township,Name,USCC,kind,industry,operatorName,registeredOn\n"
                + "DK,\"磴口县\"\"好运\"\"超市\",\"" + a + "\",INDIVIDUAL,F,赵六,\n";

        RegistryRows rows = parseCsv(csv);

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted()).singleElement().satisfies(e -> {
            assertThat(e.getUscc()).isEqualTo(a);
            assertThat(e.getName()).isEqualTo("磴口县\"好运\"超市");
            assertThat(e.getRegisteredOn()).isNull();
        });
    }

    @Test
    void eachBadRowIsRejectedWithItsLineNumberAndChineseReasons() {
        String good = TestUscc.random();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String csv = HEADER
                + good + ",甲店,甲,INDIVIDUAL,F,BYGL,2019-01-01,\n"                  // 2 good
                + badCheck + ",乙店,乙,INDIVIDUAL,F,BYGL,,\n"                       // 3
                + "9215082212345,丙店,丙,INDIVIDUAL,F,BYGL,,\n"                      // 4
                + ",丁店,丁,INDIVIDUAL,F,BYGL,,\n"                                   // 5
                + TestUscc.random() + ",,戊,INDIVIDUAL,F,BYGL,,\n"                   // 6
                + TestUscc.random() + ",己店,己,合作社,F,BYGL,,\n"                    // 7
                + TestUscc.random() + ",庚店,庚,INDIVIDUAL,Z,BYGL,,\n"               // 8
                + TestUscc.random() + ",辛店,辛,INDIVIDUAL,F,临河镇,,\n"              // 9
                + TestUscc.random() + ",壬店,壬,INDIVIDUAL,F,BYGL,2019-13-01,\n"     // 10
                + TestUscc.random() + ",癸店,癸,INDIVIDUAL,F,BYGL,2030-01-01,\n"     // 11
                + TestUscc.random() + ",子店,子,INDIVIDUAL,F,BYGL,,特殊纳税人\n"       // 12
                + good + ",甲店重复,甲,INDIVIDUAL,F,BYGL,,\n"                         // 13
                + "\n"                                                               // 14 blank: skipped
                + TestUscc.random() + ",丑店," + "长".repeat(51) + ",INDIVIDUAL,,,,\n" // 15
                + TestUscc.random() + ",寅店,,,F,临河镇,,\n";                          // 16 two problems

        RegistryRows rows = parseCsv(csv);

        assertThat(rows.accepted()).extracting(RegistryEntry::getUscc).containsExactly(good);
        assertThat(rows.rejected()).extracting(ImportReport.Rejected::row)
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16);
        List<String> reasons = rows.rejected().stream().map(ImportReport.Rejected::reason).toList();
        assertThat(reasons.get(0)).isEqualTo("统一社会信用代码校验位错误");
        assertThat(reasons.get(1)).isEqualTo("统一社会信用代码应为18位");
        assertThat(reasons.get(2)).isEqualTo("统一社会信用代码为空");
        assertThat(reasons.get(3)).isEqualTo("名称为空");
        assertThat(reasons.get(4)).isEqualTo("主体类型不存在：合作社");
        assertThat(reasons.get(5)).isEqualTo("行业不存在：Z");
        assertThat(reasons.get(6)).isEqualTo("乡镇不存在：临河镇");
        assertThat(reasons.get(7)).isEqualTo("成立日期格式错误：2019-13-01");
        assertThat(reasons.get(8)).isEqualTo("成立日期晚于今天：2030-01-01");
        assertThat(reasons.get(9)).isEqualTo("纳税人类型不存在：特殊纳税人");
        assertThat(reasons.get(10)).startsWith("文件内重复").contains("第2行");
        assertThat(reasons.get(11)).isEqualTo("经营者超过50字");
        assertThat(reasons.get(12)).isEqualTo("主体类型为空；乡镇不存在：临河镇");
    }

    @Test
    void aDuplicateOfARejectedRowIsNotADuplicate() {
        String code = TestUscc.random();
        RegistryRows rows = parseCsv(HEADER
                + code + ",甲店,甲,INDIVIDUAL,F,临河镇,,\n"
                + code + ",甲店,甲,INDIVIDUAL,F,BYGL,,\n");

        assertThat(rows.rejected()).extracting(ImportReport.Rejected::row).containsExactly(2);
        assertThat(rows.accepted()).extracting(RegistryEntry::getTownship).containsExactly("BYGL");
    }

    @Test
    void titleLinesAboveTheHeaderAreSkippedAndRowNumbersStayFileLines() {
        String code = TestUscc.random();
        String csv = "磴口县市场主体名录,,,,,,\n"
                + "导出日期：2025-06-01,,,,,,\n"
                + "*统一社会信用代码,*名称,经营者,*主体类型,行业,乡镇,成立日期\n"
                + code + ",甲店,甲,INDIVIDUAL,F,BYGL,\n"
                + ",乙店,乙,INDIVIDUAL,F,BYGL,\n";

        RegistryRows rows = parseCsv(csv);

        assertThat(rows.accepted()).extracting(RegistryEntry::getUscc).containsExactly(code);
        assertThat(rows.rejected()).extracting(ImportReport.Rejected::row).containsExactly(5);
    }

    @Test
    void gbkCsvFromChineseExcelIsReadToo() {
        String code = TestUscc.random();
        byte[] gbk = (HEADER + code + ",磴口县甲店,张三,个体工商户,批发和零售业,渡口镇,2018-05-01,\n")
                .getBytes(Charset.forName("GB18030"));

        RegistryRows rows = parse(gbk, "名录.csv");

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted()).singleElement().satisfies(e -> {
            assertThat(e.getName()).isEqualTo("磴口县甲店");
            assertThat(e.getTownship()).isEqualTo("DK");
        });
    }

    @Test
    void xlsxWithDateCellsNumbersAndTextIsRead() throws IOException {
        String a = TestUscc.random();
        String b = TestUscc.random();
        byte[] xlsx = xlsx(sheet -> {
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat((short) 14); // Excel's built-in m/d/yy
            row(sheet, 0, "统一社会信用代码", "名称", "经营者", "主体类型", "行业", "乡镇", "成立日期", "纳税人类型");
            Row r1 = row(sheet, 1, a, "磴口县甲店", "张三", "个体工商户", "F", "巴彦高勒镇");
            r1.createCell(6).setCellValue(LocalDate.of(2017, 11, 3));
            r1.getCell(6).setCellStyle(dateStyle);
            Row r2 = row(sheet, 3, b, "磴口县乙公司", "李四", "小微企业", "住宿和餐饮业", "DK", "2021-02-28", "小规模纳税人");
            r2.createCell(8).setCellValue(42); // beyond the known columns: ignored
            Row r3 = row(sheet, 4, "", "丙店", "王五", "个体工商户", "F", "DK");
            r3.createCell(6).setCellValue(43101); // an Excel day number in a General cell: 2018-01-01
        });

        RegistryRows rows = parse(xlsx, "upload.bin");

        assertThat(rows.accepted()).hasSize(2);
        assertThat(rows.accepted().get(0).getRegisteredOn()).isEqualTo(LocalDate.of(2017, 11, 3));
        assertThat(rows.accepted().get(0).getKind()).isEqualTo("INDIVIDUAL");
        assertThat(rows.accepted().get(0).getTownship()).isEqualTo("BYGL");
        assertThat(rows.accepted().get(1).getUscc()).isEqualTo(b);
        assertThat(rows.accepted().get(1).getIndustry()).isEqualTo("H");
        assertThat(rows.accepted().get(1).getRegisteredOn()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(rows.accepted().get(1).getTaxpayerType()).isEqualTo("SMALL_SCALE");
        // Sheet row 5 (index 4): excel row numbers count the skipped empty row 3.
        assertThat(rows.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(5);
            assertThat(r.reason()).isEqualTo("统一社会信用代码为空");
        });
    }

    @Test
    void xlsxWithoutTheRequiredHeadersIsInvalid() throws IOException {
        byte[] xlsx = xlsx(sheet -> row(sheet, 0, "统一社会信用代码", "名称", "经营者"));
        assertInvalid(xlsx, "a.xlsx", "缺少必需的列：主体类型、行业、乡镇、成立日期");
    }

    @Test
    void csvWithoutAHeaderIsInvalid() {
        assertInvalid((TestUscc.random() + ",甲店,甲,INDIVIDUAL,F,BYGL,\n").getBytes(StandardCharsets.UTF_8),
                "a.csv", "未找到表头行");
    }

    @Test
    void unreadableFilesAreInvalid() {
        assertInvalid(new byte[0], "a.csv", "文件为空");
        assertInvalid(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}, "photo.png",
                "不是 CSV 或 XLSX");
        assertInvalid(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "old.xls", ".xls");
        assertInvalid("not really a spreadsheet".getBytes(StandardCharsets.UTF_8), "fake.xlsx", "不是有效的 .xlsx");
        assertInvalid(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, "broken.xlsx", "无法读取 Excel");
        assertInvalid((HEADER + "\"unclosed,甲店,甲,INDIVIDUAL,F,BYGL,,\n").getBytes(StandardCharsets.UTF_8), "a.csv",
                "CSV 格式错误");
    }

    @Test
    void moreThanTheRowLimitIsInvalidAndNothingIsHandedOn() {
        StringBuilder csv = new StringBuilder(HEADER);
        String line = TestUscc.random() + ",甲店,甲,INDIVIDUAL,F,BYGL,,\n";
        csv.append(line.repeat(RegistryFile.MAX_ROWS + 1));
        List<RegistryFile.Row> seen = new ArrayList<>();

        assertThatThrownBy(() -> RegistryFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv", seen::add))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_FILE_INVALID);
                    assertThat(e.getMessage()).contains("100000");
                });
        // Rows are only collected here; the service writes nothing until the whole file has been read.
        assertThat(seen).hasSize(RegistryFile.MAX_ROWS);
    }

    @Test
    void exactlyTheRowLimitIsFine() {
        StringBuilder csv = new StringBuilder(HEADER);
        csv.append((TestUscc.random() + ",甲店,甲,INDIVIDUAL,F,BYGL,,\n").repeat(RegistryFile.MAX_ROWS));
        int[] count = {0};
        RegistryFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv", r -> count[0]++);
        assertThat(count[0]).isEqualTo(RegistryFile.MAX_ROWS);
    }

    @Test
    void datesInTheFormsStaffType() {
        assertThat(CellDates.parse("2019-03-08")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("2019/3/8")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("2019.03.08")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("2019年3月8日")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("2019-03-08 00:00:00")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("20190308")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("43532")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("43532.0")).isEqualTo(LocalDate.of(2019, 3, 8));
        assertThat(CellDates.parse("2019-02-30")).isNull();
        assertThat(CellDates.parse("2019")).isNull();
        assertThat(CellDates.parse("三月八日")).isNull();
    }

    private interface SheetFiller {
        void fill(Sheet sheet);
    }

    private static byte[] xlsx(SheetFiller filler) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb.createSheet("名录"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }
}
