package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports of CSV (UTF-8, GBK), XLSX and JSON: upsert by (source, externalId), bad rows, unreadable files, full re-import. */
@IntegrationTest
@RecordApplicationEvents
class JobImportTest {

    static final String HEADER = "外部编号,来源,岗位名称,用工单位,乡镇,行业,用工类型,招聘人数,最低月薪,最高月薪,联系人,联系电话,截止日期\n";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    JobImport imports;
    @Autowired
    ApplicationEvents events;

    JobTestKit kit;
    String hr;
    String source;

    @BeforeEach
    void setUp() {
        kit = new JobTestKit(api, jdbc);
        hr = users.staffToken(Role.HR);
        source = "src" + JobTestKit.marker();
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private String line(String ext, String title, String salaryMin) {
        return ext + "," + source + "," + title + ",磴口县某公司,隆盛合镇,A,季节性用工,10," + salaryMin + ",4000,李工,13812345678,2026-12-31";
    }

    private Api.Response csv(Charset charset, String... lines) {
        return kit.upload(hr, "jobs.csv", (HEADER + String.join("\n", lines) + "\n").getBytes(charset), Map.of());
    }

    private int count(String where, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = source;
        System.arraycopy(args, 0, all, 1, args.length);
        return jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE source = ?" + where, Integer.class, all);
    }

    @Test
    void utf8CsvCreatesAndAReimportUpdatesWithoutDuplicates() {
        Api.Response r = csv(StandardCharsets.UTF_8, line("E1", "枸杞采摘工", "3000"), line("E2", "西瓜装车工", "3500"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(2);
        assertThat(r.json().get("updated").asInt()).isZero();
        r = csv(StandardCharsets.UTF_8, line("E1", "枸杞采摘工（加急）", "3200"), line("E3", "番茄分拣工", "3000"));
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("updated").asInt()).isEqualTo(1);
        assertThat(count("")).isEqualTo(3);
        Map<String, Object> e1 = jdbc.queryForMap("SELECT * FROM job WHERE source = ? AND external_id = 'E1'", source);
        assertThat(e1.get("title")).isEqualTo("枸杞采摘工（加急）");
        assertThat(e1.get("salary_min")).isEqualTo(3200);
        assertThat(e1.get("township")).isEqualTo("LSH"); // the name 隆盛合镇 resolved to its code
        assertThat(e1.get("job_type")).isEqualTo("SEASONAL");
        assertThat(api.get(JobTestKit.PUBLIC + "?q=枸杞采摘", null).json().get("items").findValues("id").stream()
                .map(JsonNode::asLong).toList()).contains(((Number) e1.get("id")).longValue());
    }

    @Test
    void gbkCsvIsRead() {
        Api.Response r = csv(Charset.forName("GBK"), line("G1", "葵花籽分拣工", "3000"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT title FROM job WHERE source = ?", String.class, source)).isEqualTo("葵花籽分拣工");
    }

    @Test
    void xlsxIsReadThroughTheSharedReader() throws IOException {
        byte[] xlsx = xlsx(List.of(
                List.of("外部编号", "岗位名称", "用工单位", "用工类型", "招聘人数", "最低月薪", "最高月薪", "联系电话", "截止日期"),
                List.of("X1", "大棚种植工", "某合作社", "全职", "5", "面议", "", "04788888888", "2026-12-20"),
                List.of("X2", "坏行", "某合作社", "全职", "五个", "", "", "13812345678", "2026-12-20")));
        Api.Response r = kit.upload(hr, "jobs.xlsx", xlsx, Map.of("source", source));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejected").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(r.json().get("rejected").get(0).get("reason").asText()).isEqualTo("「招聘人数」应为整数：五个");
        Map<String, Object> x1 = jdbc.queryForMap("SELECT * FROM job WHERE source = ?", source);
        assertThat(x1.get("salary_negotiable")).isEqualTo(true);
        assertThat(x1.get("job_type")).isEqualTo("FULL_TIME");
        assertThat(x1.get("contact_phone")).isEqualTo("04788888888");
    }

    @Test
    void jsonArrayIsReadAndBadRowsAreReportedByPosition() {
        String body = "[{\"externalId\":\"J1\",\"source\":\"" + source + "\",\"title\":\"牧场饲养员\",\"employer\":\"某牧业\","
                + "\"type\":\"FULL_TIME\",\"headcount\":3,\"salaryMin\":4000,\"salaryMax\":5000,\"contactPhone\":\"13812345678\","
                + "\"validUntil\":\"2026-12-31\",\"benefits\":\"包食宿\"},"
                + "{\"externalId\":\"J2\",\"source\":\"" + source + "\",\"title\":\"坏薪资\",\"employer\":\"某牧业\","
                + "\"type\":\"FULL_TIME\",\"headcount\":3,\"salaryMin\":6000,\"salaryMax\":5000,\"contactPhone\":\"13812345678\","
                + "\"validUntil\":\"2026-12-31\"},"
                + "{\"externalId\":\"J3\",\"source\":\"" + source + "\",\"title\":\"过期\",\"employer\":\"某牧业\","
                + "\"type\":\"FULL_TIME\",\"headcount\":3,\"salaryNegotiable\":true,\"contactPhone\":\"13812345678\","
                + "\"validUntil\":\"2026-11-30\"}, 42]";
        Api.Response r = kit.upload(hr, "jobs.json", body.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejectedTotal").asInt()).isEqualTo(3);
        JsonNode rejected = r.json().get("rejected");
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(rejected.get(0).get("reason").asText()).isEqualTo("最高月薪不能低于最低月薪");
        assertThat(rejected.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.get(1).get("reason").asText()).contains("不能早于今天");
        assertThat(rejected.get(2).get("row").asInt()).isEqualTo(4);
        assertThat(count("")).isEqualTo(1);
    }

    /** The platform may send the array as the body instead of a file: the same rows, the same answer, no duplicates. */
    @Test
    void aJsonArrayBodyImportsLikeAFileAndUpdatesOnTheSecondSend() {
        String body = "[{\"externalId\":\"B1\",\"source\":\"" + source + "\",\"title\":\"番茄采收工\",\"employer\":\"某农场\","
                + "\"type\":\"SEASONAL\",\"headcount\":20,\"salaryMin\":3000,\"salaryMax\":4000,\"contactPhone\":\"13812345678\","
                + "\"validUntil\":\"2026-12-31\"}, {\"externalId\":\"B2\"}]";
        String path = "/api/v1/admin/jobs/import?source=" + source;
        Api.Response first = api.raw("POST", path, hr, body.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(1);
        assertThat(first.json().get("rejected").get(0).get("row").asInt()).isEqualTo(2);
        Api.Response again = api.raw("POST", path, hr, body.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(1);
        assertThat(count("")).isEqualTo(1);
        assertThat(api.raw("POST", path, hr, "{\"not\":\"an array\"}".getBytes(StandardCharsets.UTF_8), "application/json",
                Map.of()).status()).as("not an array").isEqualTo(400);
        assertThat(api.raw("POST", path, users.staffToken(Role.ASSOCIATION), body.getBytes(StandardCharsets.UTF_8),
                "application/json", Map.of()).status()).isEqualTo(403);
        assertThat(count("")).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadChangesNothing() {
        csv(StandardCharsets.UTF_8, line("U1", "原标题", "3000"));
        // good rows first, then the JSON breaks off: the rows before it must not stay written
        String truncated = "[{\"externalId\":\"U1\",\"source\":\"" + source + "\",\"title\":\"新标题\",\"employer\":\"某公司\","
                + "\"type\":\"FULL_TIME\",\"headcount\":1,\"salaryMin\":3000,\"contactPhone\":\"13812345678\",\"validUntil\":\"2026-12-31\"},"
                + "{\"externalId\":\"U2\",\"source\":\"" + source + "\",\"title\":";
        Api.Response r = kit.upload(hr, "jobs.json", truncated.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IMPORT_FILE_INVALID");
        assertThat(jdbc.queryForObject("SELECT title FROM job WHERE source = ?", String.class, source)).isEqualTo("原标题");
        assertThat(count("")).isEqualTo(1);

        r = kit.upload(hr, "jobs.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, Map.of());
        assertThat(r.code()).isEqualTo("IMPORT_FILE_INVALID");
        r = kit.upload(hr, "jobs.csv", "名称,电话\n张三,1\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.code()).isEqualTo("IMPORT_FILE_INVALID");
        assertThat(r.json().get("detail").asText()).contains("缺少必需的列").contains("外部编号");
        assertThat(kit.upload(hr, "jobs.csv", new byte[0], Map.of()).code()).isEqualTo("IMPORT_FILE_INVALID");
    }

    @Test
    void fullReimportClosesTheSourcesOpenJobsMissingFromTheFile() {
        csv(StandardCharsets.UTF_8, line("F1", "甲", "3000"), line("F2", "乙", "3000"), line("F3", "丙", "3000"));
        // F3 is listed but unreadable: not missing, so it stays open
        Api.Response r = kit.upload(hr, "jobs.csv", (HEADER + line("F1", "甲", "3000") + "\n" + line("F3", "丙", "abc") + "\n")
                .getBytes(StandardCharsets.UTF_8), Map.of("source", source, "closeMissing", "true"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("closed").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM job WHERE source = ? AND external_id = 'F2'", String.class, source))
                .isEqualTo("CLOSED");
        assertThat(count(" AND status = 'OPEN'")).isEqualTo(2);
        // listed again later: open again
        r = csv(StandardCharsets.UTF_8, line("F2", "乙", "3000"));
        assertThat(r.json().get("updated").asInt()).isEqualTo(1);
        assertThat(count(" AND status = 'OPEN'")).isEqualTo(3);

        assertThat(kit.upload(hr, "jobs.csv", (HEADER + line("F1", "甲", "3000")).getBytes(StandardCharsets.UTF_8),
                Map.of("closeMissing", "true")).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void duplicateIdsInOneFileAreRefusedAndOnlyHrAndAdminImport() {
        Api.Response r = csv(StandardCharsets.UTF_8, line("D1", "甲", "3000"), line("D1", "甲二", "3000"));
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejected").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(r.json().get("rejected").get(0).get("reason").asText()).isEqualTo("外部编号与第2行重复：D1");
        byte[] file = (HEADER + line("D9", "甲", "3000")).getBytes(StandardCharsets.UTF_8);
        assertThat(kit.upload(users.staffToken(Role.ASSOCIATION), "jobs.csv", file, Map.of()).status()).isEqualTo(403);
        assertThat(kit.upload(users.staffToken(Role.DEPARTMENT), "jobs.csv", file, Map.of()).status()).isEqualTo(403);
        assertThat(kit.upload(users.newOwnerToken(), "jobs.csv", file, Map.of()).status()).isEqualTo(403);
        assertThat(kit.upload(users.adminToken(), "jobs.csv", file, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void oneImportRunIsOneJobsOpenedEventWithEveryNewAndReopenedJob() {
        byte[] file = (HEADER + line("V1", "甲", "3000") + "\n" + line("V2", "乙", "3000") + "\n").getBytes(StandardCharsets.UTF_8);
        JobImportReport report = imports.run(file, "jobs.csv", new JobImport.Options("150822", null, false, "UPLOAD", null));
        List<JobsOpened> opened = events.stream(JobsOpened.class).toList();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).batchKey()).isEqualTo("import:" + report.runId());
        assertThat(opened.get(0).jobIds()).hasSize(2);
        events.clear();
        imports.run(file, "jobs.csv", new JobImport.Options("150822", null, false, "UPLOAD", null));
        assertThat(events.stream(JobsOpened.class)).isEmpty(); // updates of open jobs open nothing new
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("岗位");
            for (int i = 0; i < rows.size(); i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(i).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
