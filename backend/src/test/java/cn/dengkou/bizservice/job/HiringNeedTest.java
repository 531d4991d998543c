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

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Owners file hiring needs and see only their own; HR approves them into jobs or rejects them; the owner is told. */
@IntegrationTest
class HiringNeedTest {

    private static final String MINE = "/api/v1/me/hiring-needs";
    private static final String ADMIN = "/api/v1/admin/hiring-needs";

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
    String owner;
    long businessId;

    @BeforeEach
    void setUp() {
        kit = new JobTestKit(api, jdbc);
        hr = users.staffToken(Role.HR);
        owner = users.newOwnerToken();
        businessId = kit.bind(owner, "LSH", "VERIFIED");
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    static Map<String, Object> need(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("positions", List.of(Map.of("title", title, "headcount", 8, "salaryMin", 3500, "salaryMax", 5000),
                Map.of("title", title + "（夜班）", "headcount", 2)));
        m.put("deadline", "2026-12-31");
        m.put("contactName", "孙会计");
        m.put("contactPhone", "13700001111");
        m.put("description", "番茄酱厂季节性用工");
        return m;
    }

    private long file(String title) {
        Api.Response r = api.post(MINE, owner, need(title));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("SUBMITTED");
        return r.json().get("id").asLong();
    }

    @Test
    void onlyBoundVerifiedOwnersFileAndEachSeesOnlyTheirOwn() {
        assertThat(api.post(MINE, users.newOwnerToken(), need("压榨工")).code()).isEqualTo("HIRING_NEED_BUSINESS_REQUIRED");
        String pending = users.newOwnerToken();
        kit.bind(pending, "LSH", "PENDING");
        assertThat(api.post(MINE, pending, need("压榨工")).status()).isEqualTo(403);
        assertThat(api.post(MINE, hr, need("压榨工")).status()).isEqualTo(403);
        assertThat(api.post(MINE, null, need("压榨工")).status()).isEqualTo(401);

        long id = file("压榨工");
        JsonNode mine = api.get(MINE, owner).json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("positions")).hasSize(2);
        assertThat(mine.get(0).get("township").asText()).isEqualTo("LSH"); // the business's when left out
        assertThat(mine.get(0).get("statusName").asText()).isEqualTo("待审核");
        String other = users.newOwnerToken();
        kit.bind(other, "DK", "VERIFIED");
        assertThat(api.get(MINE + "/" + id, other).code()).isEqualTo("HIRING_NEED_NOT_FOUND");
        assertThat(api.get(MINE, other).json()).isEmpty();
        assertThat(api.get(MINE + "/" + id, owner).status()).isEqualTo(200);
    }

    @Test
    void positionsAndDeadlineAreChecked() {
        Map<String, Object> body = need("装卸工");
        body.put("positions", List.of(Map.of("title", "装卸工", "headcount", 3, "salaryMin", 6000, "salaryMax", 4000)));
        body.put("deadline", "2026-11-30");
        Api.Response r = api.post(MINE, owner, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValues("field").stream().map(JsonNode::asText).toList())
                .containsExactlyInAnyOrder("positions[0].salaryMax", "deadline");
        body.put("positions", List.of());
        assertThat(api.post(MINE, owner, body).status()).isEqualTo(400);
    }

    @Test
    void approvalPublishesOneJobPerPositionLinkedToTheBusinessAndTellsTheOwner() {
        long id = file("番茄分拣工");
        assertThat(api.post(ADMIN + "/" + id + "/approve", users.staffToken(Role.ASSOCIATION), null).status()).isEqualTo(403);
        assertThat(api.post(ADMIN + "/" + id + "/approve", users.staffToken(Role.DEPARTMENT), null).status()).isEqualTo(403);
        Api.Response r = api.post(ADMIN + "/" + id + "/approve", hr, Map.of("type", "SEASONAL", "benefits", "包食宿"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("APPROVED");
        List<Long> jobIds = r.json().get("positions").findValues("jobId").stream().map(JsonNode::asLong).toList();
        assertThat(jobIds).hasSize(2);
        Map<String, Object> job = kit.row(jobIds.get(0));
        assertThat(job.get("business_id")).isEqualTo(businessId);
        assertThat(job.get("hiring_need_id")).isEqualTo(id);
        assertThat(job.get("source")).isEqualTo("HIRING_NEED");
        assertThat(job.get("job_type")).isEqualTo("SEASONAL");
        assertThat(job.get("employer")).isEqualTo("岗位测试商户" + kit.userId(owner));
        JsonNode pub = api.get(JobTestKit.PUBLIC + "/" + jobIds.get(1), null).json();
        assertThat(pub.get("salaryText").asText()).isEqualTo("面议");
        assertThat(pub.get("benefits").asText()).isEqualTo("包食宿");

        Map<String, Object> inbox = jdbc.queryForMap("SELECT title, scene FROM inbox_message WHERE user_id = ? AND ref_type = 'HIRING_NEED'"
                + " AND ref_id = ?", kit.userId(owner), id);
        assertThat(inbox.get("title")).isEqualTo("用工需求已通过审核");
        assertThat(inbox.get("scene")).isEqualTo("job");
        assertThat(api.post(ADMIN + "/" + id + "/approve", hr, null).code()).isEqualTo("HIRING_NEED_STATE_CONFLICT");
        assertThat(api.post(ADMIN + "/" + id + "/reject", hr, Map.of("reason", "晚了")).status()).isEqualTo(409);
    }

    @Test
    void rejectionNeedsAReasonAndTellsTheOwnerWhy() {
        long id = file("包装工");
        assertThat(api.post(ADMIN + "/" + id + "/reject", hr, Map.of("reason", " ")).status()).isEqualTo(400);
        Api.Response r = api.post(ADMIN + "/" + id + "/reject", hr, Map.of("reason", "联系电话无法接通，请核实后重新提交"));
        assertThat(r.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(api.get(MINE + "/" + id, owner).json().get("rejectReason").asText()).isEqualTo("联系电话无法接通，请核实后重新提交");
        String summary = jdbc.queryForObject("SELECT summary FROM inbox_message WHERE user_id = ? AND ref_type = 'HIRING_NEED'"
                + " AND ref_id = ?", String.class, kit.userId(owner), id);
        assertThat(summary).isEqualTo("退回原因：联系电话无法接通，请核实后重新提交");
        assertThat(api.post(ADMIN + "/999999999/reject", hr, Map.of("reason", "x")).code()).isEqualTo("HIRING_NEED_NOT_FOUND");

        // the push that told the owner is HR's to see (whoever manages the need), not the association's
        String tasks = "/api/v1/admin/push-tasks";
        Api.Response mine = api.get(tasks + "?refType=HIRING_NEED&refId=" + id, hr);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().get("total").asLong()).isEqualTo(1);
        long task = mine.json().get("items").get(0).get("id").asLong();
        assertThat(api.get(tasks + "/" + task, hr).status()).isEqualTo(200);
        assertThat(api.get(tasks + "/" + task, users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(403);
    }

    @Test
    void hrMarksNeedsForOutsideLabourCooperationAndListsByStatus() {
        long id = file("采棉工");
        Api.Response r = api.post(ADMIN + "/" + id + "/labour-cooperation", hr, Map.of("note", "本地劳力不足，联系临河区劳务公司"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("labourCooperation").asBoolean()).isTrue();
        assertThat(r.json().get("labourNote").asText()).isEqualTo("本地劳力不足，联系临河区劳务公司");
        JsonNode list = api.get(ADMIN + "?status=SUBMITTED&size=100", hr).json();
        assertThat(list.get("items").findValues("id").stream().map(JsonNode::asLong).toList()).contains(id);
        assertThat(api.get(ADMIN + "?status=NOPE", hr).status()).isEqualTo(400);
        assertThat(api.post(ADMIN + "/" + id + "/labour-cooperation", hr, Map.of("on", false)).json()
                .get("labourCooperation").asBoolean()).isFalse();
    }
}
