package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.job.JobTestKit.ADMIN;
import static cn.dengkou.bizservice.job.JobTestKit.PUBLIC;
import static cn.dengkou.bizservice.job.JobTestKit.job;
import static org.assertj.core.api.Assertions.assertThat;

/** 磴口县 and 杭锦后旗 in one deployment: HR of one county never reaches the other's jobs, needs or counts. */
@TwoCountyDeployment
class TwoCountyJobTest {

    private static final String DENGKOU = "150822";
    private static final String HANGJIN = "150826";
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    JobTestKit kit;
    String dengkouHr;
    String hangjinHr;
    String prefectureHr;

    @BeforeEach
    void setUp() {
        kit = new JobTestKit(api, jdbc);
        dengkouHr = users.staffInCounty(DENGKOU, Role.HR);
        hangjinHr = users.staffInCounty(HANGJIN, Role.HR);
        prefectureHr = users.staffInCounty("150800", Role.HR);
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
    }

    @AfterEach
    void tearDown() {
        users.disableCountyStaff();
        clock.reset();
    }

    @Test
    void countyHrPostsForItsCountyAndGets404ForTheOthersJobs() {
        String m = JobTestKit.marker();
        long id = kit.create(dengkouHr, job("磴口岗位 " + m, UNTIL));
        assertThat(kit.row(id).get("county")).isEqualTo(DENGKOU);
        assertThat(api.get(ADMIN + "/" + id, hangjinHr).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.post(ADMIN + "/" + id + "/close", hangjinHr, null).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.put(ADMIN + "/" + id, hangjinHr, job("改", UNTIL)).status()).isEqualTo(404);
        assertThat(api.get(ADMIN + "?q=" + m, hangjinHr).json().get("total").asLong()).isZero();
        assertThat(api.get(ADMIN + "?q=" + m, dengkouHr).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(ADMIN + "?q=" + m, prefectureHr).json().get("total").asLong()).isEqualTo(1);

        Map<String, Object> elsewhere = job("越界", UNTIL);
        elsewhere.put("counties", List.of(HANGJIN));
        assertThat(api.post(ADMIN, dengkouHr, elsewhere).code()).isEqualTo("COUNTY_FORBIDDEN");
    }

    @Test
    void prefectureHrPublishesToSeveralCountiesAndGuestsReadByCounty() {
        String m = JobTestKit.marker();
        Map<String, Object> body = job("全市岗位 " + m, UNTIL);
        body.remove("township");
        assertThat(api.post(ADMIN, prefectureHr, body).status()).isEqualTo(400); // which county?
        body.put("counties", List.of(DENGKOU, HANGJIN));
        Api.Response r = api.post(ADMIN, prefectureHr, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("ids")).hasSize(2);
        body.put("counties", List.of("150821"));
        assertThat(api.post(ADMIN, prefectureHr, body).status()).isEqualTo(400); // 五原县 is not served

        Map<String, Object> local = job("杭锦后旗岗位 " + m, UNTIL);
        local.put("township", "SHB");
        long hangjinOnly = kit.create(hangjinHr, local);
        assertThat(api.get(PUBLIC + "?q=" + m + "&county=" + HANGJIN, null).json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get(PUBLIC + "?q=" + m + "&county=" + DENGKOU, null).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(PUBLIC + "?q=" + m, null).json().get("total").asLong()).isEqualTo(3);
        assertThat(api.get(PUBLIC + "?county=999999", null).status()).isEqualTo(400);

        String owner = users.newOwnerToken();
        kit.bind(owner, "LSH", "VERIFIED"); // a 磴口县 business: reads 磴口县 whatever it asks
        assertThat(api.get(PUBLIC + "?q=" + m + "&county=" + HANGJIN, owner).json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get(PUBLIC + "/" + hangjinOnly, owner).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.get(PUBLIC + "/" + hangjinOnly, null).status()).isEqualTo(200);
    }

    @Test
    void importsGoToTheImportersCountyAndRefuseTheOtherCountysTownships() {
        String source = "tc" + JobTestKit.marker();
        String csv = "外部编号,来源,岗位名称,用工单位,乡镇,用工类型,招聘人数,最低月薪,联系电话,截止日期\n"
                + "T1," + source + ",陕坝岗位,某公司,陕坝镇,全职,2,3000,13812345678,2026-12-31\n"
                + "T2," + source + ",错镇岗位,某公司,隆盛合镇,全职,2,3000,13812345678,2026-12-31\n";
        Api.Response r = kit.upload(hangjinHr, "jobs.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejected").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(r.json().get("rejected").get(0).get("reason").asText()).contains("乡镇取值无效");
        assertThat(jdbc.queryForObject("SELECT county FROM job WHERE source = ?", String.class, source)).isEqualTo(HANGJIN);
        // the same platform row imported into the other county is not moved across
        r = kit.upload(dengkouHr, "jobs.csv", ("外部编号,来源,岗位名称,用工单位,用工类型,招聘人数,最低月薪,联系电话,截止日期\n"
                + "T1," + source + ",陕坝岗位,某公司,全职,2,3000,13812345678,2026-12-31\n").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.json().get("rejected").get(0).get("reason").asText()).isEqualTo("该外部编号已是其他区县（旗）的岗位");
        assertThat(kit.upload(prefectureHr, "jobs.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void hiringNeedsAndStatsStayInTheirCounty() throws Exception {
        String owner = users.newOwnerToken();
        kit.bind(owner, "LSH", "VERIFIED");
        Api.Response filed = api.post("/api/v1/me/hiring-needs", owner, HiringNeedTest.need("两县测试岗"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long need = filed.json().get("id").asLong();
        assertThat(api.get("/api/v1/admin/hiring-needs/" + need, hangjinHr).code()).isEqualTo("HIRING_NEED_NOT_FOUND");
        assertThat(api.post("/api/v1/admin/hiring-needs/" + need + "/approve", hangjinHr, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/hiring-needs/" + need, dengkouHr).status()).isEqualTo(200);

        JsonNode before = api.get("/api/v1/admin/job-stats", hangjinHr).json();
        JsonNode dkBefore = api.get("/api/v1/admin/job-stats", dengkouHr).json();
        kit.create(dengkouHr, job("统计岗位", UNTIL));
        assertThat(api.get("/api/v1/admin/job-stats", hangjinHr).json()).isEqualTo(before);
        JsonNode dkAfter = api.get("/api/v1/admin/job-stats", dengkouHr).json();
        assertThat(open(dkAfter, "LSH")).isEqualTo(open(dkBefore, "LSH") + 1);
        assertThat(dkAfter.get("hiringNeeds").get("submitted").asLong()).isEqualTo(dkBefore.get("hiringNeeds").get("submitted").asLong());
        assertThat(api.get("/api/v1/admin/job-stats?county=" + HANGJIN, dengkouHr).json().get("byTownship")).isEmpty();
        assertThat(api.get("/api/v1/admin/job-stats", users.staffInCounty(DENGKOU, Role.ASSOCIATION)).status()).isEqualTo(403);

        HttpResponse<byte[]> x = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.baseUrl() + "/api/v1/admin/job-stats.xlsx"))
                .header("Authorization", "Bearer " + dengkouHr).build(), HttpResponse.BodyHandlers.ofByteArray());
        ApiContract.verify("GET", "/api/v1/admin/job-stats.xlsx", x.statusCode(), x.headers(), x.body());
        assertThat(x.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            assertThat(wb.getSheetName(1)).isEqualTo("按乡镇");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("招聘中");
            boolean found = false;
            for (var row : wb.getSheetAt(1)) {
                if (row.getCell(0).getStringCellValue().equals("隆盛合镇")) {
                    found = row.getCell(1).getNumericCellValue() == open(dkAfter, "LSH");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void aSeekersProfileRanksOnlyItsCountysJobsAndItsSubscriptionCountsOnlyThere() {
        String m = JobTestKit.marker();
        Map<String, Object> local = job("两县意向 " + m, UNTIL);
        local.put("township", "SHB");
        long hangjin = kit.create(hangjinHr, local);
        clock.advance(Duration.ofMinutes(1));
        long dengkou = kit.create(dengkouHr, job("两县意向 " + m, UNTIL)); // newer, the same industry A
        JsonNode dkBefore = api.get("/api/v1/admin/job-stats", dengkouHr).json().get("alerts");
        JsonNode hjBefore = api.get("/api/v1/admin/job-stats", hangjinHr).json().get("alerts");

        String seeker = users.newOwnerToken();
        Map<String, Object> body = JobSeekerTest.profile("LAID_OFF", List.of(), List.of("A"), List.of());
        body.put("county", HANGJIN);
        assertThat(api.put(JobSeekerTest.SEEKER, seeker, body).status()).isEqualTo(200);
        JsonNode items = api.get(PUBLIC + "?q=" + m, seeker).json().get("items");
        assertThat(List.of(items.get(0).get("id").asLong(), items.get(1).get("id").asLong())).containsExactly(hangjin, dengkou);
        assertThat(items.get(0).get("matchReasons").get(0).asText()).isEqualTo("符合您的求职意向：农、林、牧、渔业");
        assertThat(items.get(1).get("matchReasons")).as("another county's job does not fit the profile").isEmpty();

        JsonNode hjAfter = api.get("/api/v1/admin/job-stats", hangjinHr).json().get("alerts");
        assertThat(hjAfter.get("subscribers").asLong()).isEqualTo(hjBefore.get("subscribers").asLong() + 1);
        assertThat(hjAfter.get("prioritySubscribers").asLong()).isEqualTo(hjBefore.get("prioritySubscribers").asLong() + 1);
        assertThat(api.get("/api/v1/admin/job-stats", dengkouHr).json().get("alerts")).isEqualTo(dkBefore);
        assertThat(api.get("/api/v1/admin/job-stats?county=" + HANGJIN, dengkouHr).json().get("alerts").get("subscribers")
                .asLong()).isZero();
    }

    private static long open(JsonNode stats, String township) {
        for (JsonNode r : stats.get("byTownship")) {
            if (township.equals(r.get("code").asText())) {
                return r.get("open").asLong();
            }
        }
        return 0;
    }
}
