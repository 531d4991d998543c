package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.dengkou.bizservice.business.BusinessTestKit.CSV_HEADER;
import static cn.dengkou.bizservice.business.BusinessTestKit.ME;
import static cn.dengkou.bizservice.business.BusinessTestKit.bindOk;
import static cn.dengkou.bizservice.business.BusinessTestKit.importCsv;
import static cn.dengkou.bizservice.business.BusinessTestKit.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RegistryImportIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(RegistryImportIntegrationTest.class);

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistryEntryMapper registry;
    @Autowired
    BusinessMapper businesses;
    @Autowired
    Dictionaries dictionaries;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    Counties counties;

    @Test
    void goodRowsAreWrittenAndEachBadRowIsReportedWithItsReason() {
        String good1 = TestUscc.random();
        String good2 = TestUscc.random();
        String badCheck = good1.substring(0, 17) + (good1.charAt(17) == '0' ? '1' : '0');
        String badTownship = TestUscc.random();
        String badKind = TestUscc.random();

        Api.Response r = importCsv(api, users.staffToken(Role.ASSOCIATION),
                good1 + ",磴口县甲店,甲,个体工商户,F,巴彦高勒镇,2019-01-01,",
                badCheck + ",磴口县乙店,乙,个体工商户,F,巴彦高勒镇,,",
                badTownship + ",磴口县丙店,丙,个体工商户,F,临河镇,,",
                badKind + ",磴口县丁店,丁,农民专业合作社,F,DK,,",
                good1 + ",磴口县甲店又一行,甲,个体工商户,F,巴彦高勒镇,,",
                good2 + ",磴口县戊公司,戊,小微企业,批发和零售业,SJTH,2020-05-06,一般纳税人",
                ",磴口县己店,己,个体工商户,F,DK,,");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(2);
        assertThat(r.json().get("updated").asInt()).isZero();
        assertThat(rejected(r.json())).containsExactly(
                Map.entry(3, "统一社会信用代码校验位错误"),
                Map.entry(4, "乡镇不存在：临河镇"),
                Map.entry(5, "主体类型不存在：农民专业合作社"),
                Map.entry(6, "文件内重复：与第2行的统一社会信用代码相同"),
                Map.entry(8, "统一社会信用代码为空"));
        assertThat(registryCount(List.of(good1, good2, badTownship, badKind))).isEqualTo(2);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT name, kind, industry, township, registered_on, taxpayer_type FROM registry_entry WHERE uscc = ?",
                good2);
        assertThat(row).containsEntry("name", "磴口县戊公司").containsEntry("kind", "ENTERPRISE")
                .containsEntry("industry", "F").containsEntry("township", "SJTH")
                .containsEntry("taxpayer_type", "GENERAL");
        assertThat(row.get("registered_on").toString()).isEqualTo("2020-05-06");
    }

    @Test
    void reimportingUpdatesEntriesAndCountsThemAsUpdated() {
        String a = TestUscc.random();
        String b = TestUscc.random();
        String admin = users.adminToken();
        importCsv(api, admin, a + ",磴口县甲店,甲,INDIVIDUAL,F,BYGL,,");

        Api.Response r = importCsv(api, admin,
                a + ",磴口县甲店（更名）,甲,ENTERPRISE,H,DK,,GENERAL",
                b + ",磴口县乙店,乙,INDIVIDUAL,F,BYGL,,");

        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT name FROM registry_entry WHERE uscc = ?", String.class, a))
                .isEqualTo("磴口县甲店（更名）");
        assertThat(jdbc.queryForObject("SELECT kind FROM registry_entry WHERE uscc = ?", String.class, a))
                .isEqualTo("ENTERPRISE");
    }

    @Test
    void anImportVerifiesPendingClaimsItNowMatches() {
        String uscc = TestUscc.random();
        String other = TestUscc.random();
        String owner = users.newOwnerToken();
        String otherOwner = users.newOwnerToken();
        bindOk(api, owner, uscc, "磴口县(老王)饭店");
        bindOk(api, otherOwner, other, "磴口县老赵饭店");
        assertThat(api.get(ME, owner).json().get("status").asText()).isEqualTo("PENDING");

        Api.Response r = importCsv(api, users.adminToken(),
                uscc + ",磴口县（老王） 饭店,王五,个体工商户,住宿和餐饮业,渡口镇,2018-08-08,",
                other + ",磴口县老钱饭店,钱七,个体工商户,H,DK,,");

        assertThat(r.json().get("verified").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode mine = api.get(ME, owner).json();
        assertThat(mine.get("status").asText()).isEqualTo("VERIFIED");
        assertThat(mine.get("industry").asText()).isEqualTo("H");
        assertThat(mine.get("township").asText()).isEqualTo("DK");
        assertThat(mine.get("registeredOn").asText()).isEqualTo("2018-08-08");
        assertThat(api.get(ME, otherOwner).json().get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void xlsxUploadsAreImported() throws IOException {
        String uscc = TestUscc.random();
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            String[][] rows = {
                    {"统一社会信用代码", "名称", "经营者", "主体类型", "行业", "乡镇", "成立日期"},
                    {uscc, "磴口县表格店", "孙八", "小微企业", "C", "隆盛合镇", "2016-06-16"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }

        Api.Response r = upload(api, users.adminToken(), "registry.xlsx", xlsx);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT township FROM registry_entry WHERE uscc = ?", String.class, uscc))
                .isEqualTo("LSH");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAndNothingIsWritten() {
        String admin = users.adminToken();
        String uscc = TestUscc.random();

        Api.Response image = upload(api, admin, "photo.png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        Api.Response noKindColumn = upload(api, admin, "registry.csv",
                ("统一社会信用代码,名称,经营者,行业,乡镇,成立日期\n" + uscc + ",磴口县甲店,甲,F,BYGL,\n")
                        .getBytes(StandardCharsets.UTF_8));
        Api.Response noFile = api.raw("POST", BusinessTestKit.IMPORT, admin, "--x--\r\n".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=x", Map.of());

        assertThat(image.status()).isEqualTo(400);
        assertThat(image.code()).isEqualTo("IMPORT_FILE_INVALID");
        assertThat(image.json().get("detail").asText()).contains("不是 CSV 或 XLSX");
        assertThat(noKindColumn.status()).isEqualTo(400);
        assertThat(noKindColumn.code()).isEqualTo("IMPORT_FILE_INVALID");
        assertThat(noKindColumn.json().get("detail").asText()).isEqualTo("缺少必需的列：主体类型");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(registryCount(List.of(uscc))).isZero();
    }

    @Test
    void manyBadRowsAreCountedButOnlyTheFirstFiveHundredListed() {
        String good = TestUscc.random();
        StringBuilder csv = new StringBuilder(CSV_HEADER).append(good).append(",磴口县好店,甲,INDIVIDUAL,F,BYGL,,\n");
        for (int i = 0; i < 700; i++) {
            csv.append("BADUSCC").append(i).append(",磴口县坏店").append(i).append(",甲,INDIVIDUAL,F,BYGL,,\n");
        }

        Api.Response r = upload(api, users.adminToken(), "bad.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejectedTotal").asInt()).isEqualTo(700);
        assertThat(r.json().get("rejected")).hasSize(ImportReport.MAX_LISTED);
        assertThat(r.json().get("rejected").get(0).get("row").asInt()).isEqualTo(3); // header 1, good row 2
        assertThat(registryCount(List.of(good))).isEqualTo(1);
    }

    @Test
    void moreThanOneHundredThousandRowsIsRefusedAndNothingIsWritten() {
        List<String> codes = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i <= RegistryFile.MAX_ROWS; i++) {
            String code = TestUscc.random();
            if (i < 50) {
                codes.add(code);
            }
            csv.append(code).append(",磴口县店").append(i).append(",甲,INDIVIDUAL,F,BYGL,,\n");
        }

        Api.Response r = upload(api, users.adminToken(), "huge.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IMPORT_FILE_INVALID");
        assertThat(r.json().get("detail").asText()).contains("100000");
        assertThat(registryCount(codes)).isZero();
    }

    @Test
    void twentyThousandRowsImportInOneGoAndAgainAsUpdates() {
        String admin = users.adminToken();
        List<String> codes = new ArrayList<>();
        StringBuilder csv = new StringBuilder("\uFEFF" + CSV_HEADER);
        String[] townships = {"巴彦高勒镇", "隆盛合镇", "渡口镇", "补隆淖镇", "沙金套海苏木"};
        for (int i = 0; i < 20_000; i++) {
            String code = TestUscc.random();
            codes.add(code);
            csv.append(code).append(",磴口县第").append(i).append("号商店,经营者").append(i % 100)
                    .append(i % 10 == 0 ? ",小微企业," : ",个体工商户,").append((char) ('A' + i % 20)).append(',')
                    .append(townships[i % townships.length]).append(",2015-01-").append(String.format("%02d", i % 28 + 1))
                    .append(i % 10 == 0 ? ",一般纳税人\n" : ",\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        Api.Response first = upload(api, admin, "registry-20k.csv", file);
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Api.Response second = upload(api, admin, "registry-20k.csv", file);
        long secondMs = (System.nanoTime() - started) / 1_000_000;
        log.info("20,000-row registry import: first {} ms (inserts), second {} ms (updates), {} bytes",
                firstMs, secondMs, file.length);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(20_000);
        assertThat(first.json().get("updated").asInt()).isZero();
        assertThat(first.json().get("rejected").isEmpty()).isTrue();
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("updated").asInt()).isEqualTo(20_000);
        assertThat(registryCount(codes)).isEqualTo(20_000);
    }

    @Test
    void aDatabaseFailureHalfwayLeavesNothingImported() {
        // The second batch of upserts fails after the first 1,000 rows went to the database.
        JdbcTemplate failingHalfway = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public <T> int[][] batchUpdate(String sql, Collection<T> args, int batchSize,
                                           ParameterizedPreparedStatementSetter<T> setter) {
                super.batchUpdate(sql, new ArrayList<>(args).subList(0, batchSize), batchSize, setter);
                throw new DataAccessResourceFailureException("connection lost");
            }
        };
        RegistryImport failing = new RegistryImport(registry, businesses, dictionaries, failingHalfway, tx, clock,
                counties);
        List<String> codes = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 2_500; i++) {
            String code = TestUscc.random();
            codes.add(code);
            csv.append(code).append(",磴口县店").append(i).append(",甲,INDIVIDUAL,F,BYGL,,\n");
        }
        MockMultipartFile file = new MockMultipartFile("file", "r.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> failing.run(file, new AuthUser(1L, Set.of(Role.ADMIN), null))).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(registryCount(codes)).isZero();
    }

    @Test
    void onlyBusinessStaffMayImport() {
        byte[] csv = (CSV_HEADER + TestUscc.random() + ",磴口县甲店,甲,INDIVIDUAL,F,BYGL,,\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(upload(api, users.staffToken(Role.ASSOCIATION), "r.csv", csv).status()).isEqualTo(200);
        assertThat(upload(api, null, "r.csv", csv).status()).isEqualTo(401);
        assertThat(upload(api, users.newOwnerToken(), "r.csv", csv).status()).isEqualTo(403);
        assertThat(upload(api, users.staffToken(Role.HR), "r.csv", csv).status()).isEqualTo(403);
        assertThat(upload(api, users.staffToken(Role.DEPARTMENT), "r.csv", csv).status()).isEqualTo(403);
    }

    private static List<Map.Entry<Integer, String>> rejected(JsonNode report) {
        List<Map.Entry<Integer, String>> list = new ArrayList<>();
        report.get("rejected").forEach(n -> list.add(Map.entry(n.get("row").asInt(), n.get("reason").asText())));
        return list;
    }

    private int registryCount(List<String> codes) {
        Integer n = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                "SELECT COUNT(*) FROM registry_entry WHERE uscc IN (:codes)", new MapSqlParameterSource("codes", codes),
                Integer.class);
        return n == null ? 0 : n;
    }
}
