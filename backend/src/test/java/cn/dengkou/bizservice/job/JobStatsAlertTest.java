package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.ApiContract;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.job.JobSeekerTest.ALERT;
import static cn.dengkou.bizservice.job.JobSeekerTest.SEEKER;
import static cn.dengkou.bizservice.job.JobSeekerTest.profile;
import static cn.dengkou.bizservice.job.JobTestKit.job;
import static org.assertj.core.api.Assertions.assertThat;

/** HR's stats count alert reach: subscribers (priority groups apart), digests pushed, messages sent and opened. */
@IntegrationTest
class JobStatsAlertTest {

    private static final String STATS = "/api/v1/admin/job-stats";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    JobTestKit kit;
    String hr;

    @BeforeEach
    void setUp() {
        kit = new JobTestKit(api, jdbc);
        hr = users.staffToken(Role.HR);
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void subscribersDigestsSentAndOpenedAreCounted() throws Exception {
        JsonNode before = alerts();
        String graduate = users.newOwnerToken();
        assertThat(api.put(SEEKER, graduate, profile("GRADUATE", List.of("LSH"), List.of(), List.of())).status()).isEqualTo(200);
        String other = users.newOwnerToken();
        Api.Response own = api.put(ALERT, other, Map.of("preferences", Map.of("townships", List.of("LSH"))));
        assertThat(own.status()).as(own.body()).isEqualTo(200);

        JsonNode subscribed = alerts();
        assertThat(delta(subscribed, before, "subscribers")).isEqualTo(2);
        assertThat(delta(subscribed, before, "prioritySubscribers")).isEqualTo(1);
        assertThat(delta(subscribed, before, "sent")).isZero();

        long id = kit.create(hr, job("提醒统计岗位 " + JobTestKit.marker(), LocalDate.of(2026, 12, 31)));
        long recipients = jdbc.queryForObject("SELECT recipients FROM job_alert_digest WHERE county = '150822' AND batch_key = ?",
                Long.class, "job:" + id);
        assertThat(recipients).isGreaterThanOrEqualTo(2); // ours, and earlier tests' subscribers of 隆盛合镇
        JsonNode sent = alerts();
        assertThat(delta(sent, subscribed, "digests")).isEqualTo(1);
        assertThat(delta(sent, subscribed, "sent")).isEqualTo(recipients);
        assertThat(delta(sent, subscribed, "opened")).isZero();

        JsonNode message = api.get("/api/v1/me/messages", graduate).json().get("items").get(0);
        assertThat(message.get("refType").asText()).isEqualTo("JOB_ALERT");
        assertThat(api.post("/api/v1/me/messages/" + message.get("id").asLong() + "/read", graduate, null).status()).isEqualTo(200);
        JsonNode opened = alerts();
        assertThat(delta(opened, sent, "opened")).isEqualTo(1);
        assertThat(delta(opened, sent, "sent")).isZero();

        HttpResponse<byte[]> x = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + STATS + ".xlsx"))
                .header("Authorization", "Bearer " + hr).build(), HttpResponse.BodyHandlers.ofByteArray());
        ApiContract.verify("GET", STATS + ".xlsx", x.statusCode(), x.headers(), x.body());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            Map<String, Long> summary = new java.util.HashMap<>();
            for (Row row : wb.getSheet("概况")) {
                if (row.getRowNum() > 0) {
                    summary.put(row.getCell(0).getStringCellValue(), (long) row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(summary).containsEntry("岗位提醒·订阅人数", opened.get("subscribers").asLong())
                    .containsEntry("岗位提醒·优先群体订阅人数", opened.get("prioritySubscribers").asLong())
                    .containsEntry("岗位提醒·送达消息", opened.get("sent").asLong())
                    .containsEntry("岗位提醒·已读消息", opened.get("opened").asLong());
        }
        assertThat(api.get(STATS, users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(403);
    }

    private JsonNode alerts() {
        Api.Response r = api.get(STATS, hr);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("alerts");
    }

    private static long delta(JsonNode after, JsonNode before, String field) {
        return after.get(field).asLong() - before.get(field).asLong();
    }
}
