package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.job.JobTestKit.ADMIN;
import static cn.dengkou.bizservice.job.JobTestKit.PUBLIC;
import static cn.dengkou.bizservice.job.JobTestKit.job;
import static org.assertj.core.api.Assertions.assertThat;

/** HR posts, edits, closes and fills jobs; the public sees open ones with the phone masked; reveals are audited. */
@IntegrationTest
class JobPostingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    JobExpiry expiry;

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
    void onlyHrAndAdminPostJobs() {
        Map<String, Object> body = job("果园采摘工" + JobTestKit.marker(), TODAY.plusDays(30));
        assertThat(api.post(ADMIN, users.staffToken(Role.ASSOCIATION), body).status()).isEqualTo(403);
        assertThat(api.post(ADMIN, users.staffToken(Role.DEPARTMENT), body).status()).isEqualTo(403);
        assertThat(api.post(ADMIN, users.newOwnerToken(), body).status()).isEqualTo(403);
        assertThat(api.post(ADMIN, null, body).status()).isEqualTo(401);
        kit.create(users.adminToken(), body);
        long id = kit.create(hr, body);
        assertThat(api.post(ADMIN + "/" + id + "/close", users.staffToken(Role.ASSOCIATION), null).status()).isEqualTo(403);
        assertThat(api.get(ADMIN + "/" + id, users.staffToken(Role.DEPARTMENT)).status()).isEqualTo(403);
    }

    @Test
    void publicSeesOpenJobsWithMaskedPhoneAndSearchFindsThem() {
        String m = JobTestKit.marker();
        long id = kit.create(hr, job("番茄采摘工 " + m, TODAY.plusDays(30)));
        Api.Response list = api.get(PUBLIC + "?q=" + m, null);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        JsonNode item = list.json().get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("contactPhone").asText()).isEqualTo("139****5678");
        assertThat(item.get("salaryText").asText()).isEqualTo("3000-4500元/月");
        assertThat(item.get("townshipName").asText()).isEqualTo("隆盛合镇");
        assertThat(item.get("typeName").asText()).isEqualTo("季节性用工");
        Api.Response detail = api.get(PUBLIC + "/" + id, null);
        assertThat(detail.json().get("contactPhone").asText()).isEqualTo("139****5678");
        assertThat(detail.body()).doesNotContain("13912345678");
        assertThat(api.get(PUBLIC + "?q=番茄采摘&township=LSH&type=SEASONAL&industry=A&salaryMin=4000&days=7", null)
                .json().get("items").findValues("id").stream().map(JsonNode::asLong).toList()).contains(id);
        assertThat(total("?q=" + m + "&salaryMin=5000")).isZero();
        assertThat(total("?q=" + m + "&township=BYGL")).isZero();
        assertThat(total("?q=" + m + "&type=FULL_TIME")).isZero();
        clock.advance(Duration.ofDays(8));
        assertThat(total("?q=" + m + "&days=7")).isZero();
        assertThat(total("?q=" + m + "&days=30")).isEqualTo(1);
    }

    @Test
    void newestFirstAndAVerifiedOwnersTownshipFirstWithAReason() {
        String m = JobTestKit.marker();
        long near = kit.create(hr, job("近处岗位 " + m, TODAY.plusDays(30)));
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> far = job("远处岗位 " + m, TODAY.plusDays(30));
        far.put("township", "BYGL");
        long newer = kit.create(hr, far);
        assertThat(ids(api.get(PUBLIC + "?q=" + m, null))).containsExactly(newer, near);

        String owner = users.newOwnerToken();
        kit.bind(owner, "LSH", "VERIFIED");
        Api.Response r = api.get(PUBLIC + "?q=" + m, owner);
        assertThat(ids(r)).containsExactly(near, newer);
        assertThat(r.json().get("items").get(0).get("matchReasons").get(0).asText()).isEqualTo("与您同在隆盛合镇");
        assertThat(r.json().get("items").get(1).get("matchReasons")).isEmpty();

        String pending = users.newOwnerToken();
        kit.bind(pending, "LSH", "PENDING");
        assertThat(ids(api.get(PUBLIC + "?q=" + m, pending))).containsExactly(newer, near);
    }

    @Test
    void salaryAndDatesAreChecked() {
        Map<String, Object> body = job("校验岗位", TODAY.plusDays(30));
        body.put("salaryMin", 5000);
        body.put("salaryMax", 3000);
        Api.Response r = api.post(ADMIN, hr, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("salaryMax");
        assertThat(r.json().get("errors").get(0).get("detail").asText()).isEqualTo("最高月薪不能低于最低月薪");

        body = job("校验岗位", TODAY.minusDays(1));
        r = api.post(ADMIN, hr, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("detail").asText()).contains("不能早于今天");

        body = job("校验岗位", TODAY.plusDays(30));
        body.put("salaryMin", null);
        body.put("salaryMax", null);
        assertThat(api.post(ADMIN, hr, body).status()).isEqualTo(400);
        body.put("salaryNegotiable", true);
        long id = kit.create(hr, body);
        assertThat(api.get(PUBLIC + "/" + id, null).json().get("salaryText").asText()).isEqualTo("面议");

        body = job("", TODAY.plusDays(30));
        body.put("type", "NOPE");
        body.put("township", "SHB"); // 杭锦后旗's town, not this county's
        body.put("headcount", 0);
        body.put("contactPhone", "12345");
        r = api.post(ADMIN, hr, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValues("field").stream().map(JsonNode::asText).toList())
                .contains("title", "type", "township", "headcount", "contactPhone");
        assertThat(api.post(ADMIN, hr, Map.of("validUntil", "明天")).status()).isEqualTo(400);
    }

    @Test
    void closeAndFillMoveOnceAndHideTheJob() {
        long id = kit.create(hr, job("关闭测试", TODAY.plusDays(30)));
        long other = kit.create(hr, job("招满测试", TODAY.plusDays(30)));
        Api.Response closed = api.post(ADMIN + "/" + id + "/close", hr, null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(api.get(PUBLIC + "/" + id, null).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.post(ADMIN + "/" + id + "/close", hr, null).code()).isEqualTo("JOB_STATE_CONFLICT");
        assertThat(api.post(ADMIN + "/" + id + "/fill", hr, null).status()).isEqualTo(409);
        assertThat(api.put(ADMIN + "/" + id, hr, job("改不了", TODAY.plusDays(30))).status()).isEqualTo(409);
        assertThat(api.post(ADMIN + "/" + other + "/fill", hr, null).json().get("status").asText()).isEqualTo("FILLED");
        assertThat(api.get(PUBLIC + "/" + other, null).status()).isEqualTo(404);
        assertThat(api.post(ADMIN + "/999999999/close", hr, null).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.get(ADMIN + "/" + other, hr).json().get("statusName").asText()).isEqualTo("已招满");
    }

    @Test
    void editsAreAuditedWithTheirDiff() {
        long id = kit.create(hr, job("编辑前", TODAY.plusDays(30)));
        Map<String, Object> body = job("编辑后", TODAY.plusDays(40));
        body.put("contactPhone", "13800001111");
        Api.Response r = api.put(ADMIN + "/" + id, hr, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("title").asText()).isEqualTo("编辑后");
        JsonNode trail = api.get(ADMIN + "/" + id + "/audit", hr).json();
        assertThat(trail.findValues("action").stream().map(JsonNode::asText).toList()).containsExactly("CREATE", "UPDATE");
        JsonNode diff = trail.get(1).get("detail");
        assertThat(diff.get("title").get("to").asText()).isEqualTo("编辑后");
        assertThat(diff.get("contactPhone").get("to").asText()).isEqualTo("138****1111");
    }

    @Test
    void contactIsRevealedToLoggedInUsersOnlyAndEachRevealIsRecorded() {
        long id = kit.create(hr, job("联系方式测试", TODAY.plusDays(30)));
        assertThat(api.post(PUBLIC + "/" + id + "/contact", null, null).status()).isEqualTo(401);
        String owner = users.newOwnerToken();
        Api.Response r = api.post(PUBLIC + "/" + id + "/contact", owner, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("contactPhone").asText()).isEqualTo("13912345678");
        assertThat(r.json().get("contactName").asText()).isEqualTo("王经理");
        api.post(PUBLIC + "/" + id + "/contact", owner, null);
        assertThat(kit.row(id).get("contact_reveals")).isEqualTo(2);
        long userId = kit.userId(owner);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_contact_reveal WHERE job_id = ? AND user_id = ?",
                Integer.class, id, userId)).isEqualTo(2);
        JsonNode trail = api.get(ADMIN + "/" + id + "/audit", hr).json();
        JsonNode reveal = trail.get(trail.size() - 1);
        assertThat(reveal.get("action").asText()).isEqualTo("REVEAL_CONTACT");
        assertThat(reveal.get("actorId").asLong()).isEqualTo(userId);
        assertThat(reveal.get("detail").get("contactPhone").asText()).isEqualTo("139****5678");

        api.post(ADMIN + "/" + id + "/close", hr, null);
        assertThat(api.post(PUBLIC + "/" + id + "/contact", owner, null).code()).isEqualTo("JOB_NOT_FOUND");
    }

    @Test
    void jobsExpireByTheClockAndTheSweepRecordsIt() {
        long id = kit.create(hr, job("到期测试", TODAY.plusDays(1)));
        clock.advance(Duration.ofDays(1));
        assertThat(api.get(PUBLIC + "/" + id, null).status()).isEqualTo(200); // valid through its last day
        clock.advance(Duration.ofDays(1));
        assertThat(api.get(PUBLIC + "/" + id, null).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(kit.row(id).get("status")).isEqualTo("OPEN");
        assertThat(expiry.sweep()).isPositive();
        assertThat(kit.row(id).get("status")).isEqualTo("EXPIRED");
        assertThat(expiry.sweep()).isZero();
        JsonNode trail = api.get(ADMIN + "/" + id + "/audit", hr).json();
        assertThat(trail.get(trail.size() - 1).get("action").asText()).isEqualTo("EXPIRE");
        assertThat(trail.get(trail.size() - 1).get("actorId").isNull()).isTrue();

        Api.Response reopened = api.put(ADMIN + "/" + id, hr, job("到期测试", TODAY.plusDays(10)));
        assertThat(reopened.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(api.get(PUBLIC + "/" + id, null).status()).isEqualTo(200);
    }

    private long total(String query) {
        return api.get(PUBLIC + query, null).json().get("total").asLong();
    }

    private static List<Long> ids(Api.Response r) {
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
