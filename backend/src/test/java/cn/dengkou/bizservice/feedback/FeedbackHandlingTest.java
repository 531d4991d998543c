package cn.dengkou.bizservice.feedback;

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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.feedback.FeedbackTestKit.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Handling: the whole path through the statuses, refusals out of turn, department isolation, notes, audit. */
@IntegrationTest
class FeedbackHandlingTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    FeedbackTestKit kit;
    String association;

    @BeforeEach
    void setUp() {
        kit = new FeedbackTestKit(api);
        association = users.staffToken(Role.ASSOCIATION);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static List<String> actions(JsonNode ticket) {
        List<String> actions = new ArrayList<>();
        ticket.get("audit").forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    @Test
    void aTicketGoesFromSubmittedToClosedAndEveryActionIsAudited() {
        String owner = users.newOwnerToken();
        long id = kit.submitOk(owner);
        String finance = users.staffToken(Role.DEPARTMENT, "FINOFFICE");

        kit.actionOk(association, id, "assign", Map.of(), "ASSIGNED");
        assertThat(kit.staffGet(association, id).json().get("department").asText()).as("the category's default")
                .isEqualTo("FINOFFICE");
        kit.actionOk(finance, id, "notes", text("先核实担保贷款政策的适用条件"), "ASSIGNED");
        kit.actionOk(finance, id, "replies", text("您可申请创业担保贷款，免担保人，请携带营业执照到县金融办办理"), "REPLIED");
        kit.actionOk(finance, id, "replies", text("补充：办理时间为工作日上午"), "REPLIED");
        kit.actionOk(finance, id, "resolve", Map.of("resolution", "已指导申请创业担保贷款"), "RESOLVED");

        JsonNode mine = kit.ownerGet(owner, id).json();
        assertThat(mine.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(mine.get("replies")).as("replies only, never the internal note").hasSize(2);
        assertThat(mine.toString()).doesNotContain("先核实").doesNotContain("audit");
        assertThat(mine.get("canRate").asBoolean()).isTrue();
        assertThat(mine.get("resolution").asText()).isEqualTo("已指导申请创业担保贷款");
        // the owner was told of each reply and the resolution
        assertThat(api.get("/api/v1/me/messages", owner).json().get("total").asLong()).isEqualTo(3);

        Api.Response reopened = api.post("/api/v1/feedback/" + id + "/reopen", owner, Map.of("reason", "银行仍要求担保人"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().get("status").asText()).isEqualTo("REOPENED");
        kit.actionOk(finance, id, "resolve", Map.of("resolution", "已协调银行按政策免担保"), "RESOLVED");

        Api.Response rated = api.post("/api/v1/feedback/" + id + "/rating", owner, Map.of("score", 5, "comment", "满意"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(rated.json().get("rating").asInt()).isEqualTo(5);
        Api.Response again = api.post("/api/v1/feedback/" + id + "/rating", owner, Map.of("score", 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("FEEDBACK_ALREADY_RATED");

        JsonNode staff = kit.staffGet(association, id).json();
        assertThat(actions(staff)).containsExactly("SUBMIT", "ASSIGN", "NOTE", "REPLY", "REPLY", "RESOLVE", "REOPEN",
                "RESOLVE", "RATE");
        assertThat(staff.get("messages")).hasSize(3);
        assertThat(staff.get("messages").get(0).get("kind").asText()).isEqualTo("NOTE");
        assertThat(staff.get("firstRespondedAt").isNull()).isFalse();
        assertThat(staff.get("reopenedCount").asInt()).isEqualTo(1);
        assertThat(kit.action(finance, id, "notes", text("关闭后不能再写备注")).code()).isEqualTo("FEEDBACK_STATE_CONFLICT");
    }

    @Test
    void movesOutOfTurnAreRefused() {
        String owner = users.newOwnerToken();
        long id = kit.submitOk(owner);
        assertThat(kit.action(association, id, "replies", text("未分派不能回复")).code()).isEqualTo("FEEDBACK_STATE_CONFLICT");
        assertThat(kit.action(association, id, "resolve", Map.of("resolution", "未分派不能办结")).code())
                .isEqualTo("FEEDBACK_STATE_CONFLICT");
        assertThat(kit.action(association, id, "transfer", Map.of("department", "TAX", "reason", "未分派不能转办")).code())
                .isEqualTo("FEEDBACK_STATE_CONFLICT");
        assertThat(api.post("/api/v1/feedback/" + id + "/rating", owner, Map.of("score", 4)).code())
                .as("no rating before RESOLVED").isEqualTo("FEEDBACK_STATE_CONFLICT");
        assertThat(api.post("/api/v1/feedback/" + id + "/reopen", owner, Map.of()).code()).isEqualTo("FEEDBACK_STATE_CONFLICT");

        kit.actionOk(association, id, "assign", Map.of("department", "HRSS"), "ASSIGNED");
        assertThat(kit.action(association, id, "assign", Map.of()).code()).as("assigned once").isEqualTo("FEEDBACK_STATE_CONFLICT");
        Api.Response noReason = kit.action(association, id, "transfer", Map.of("department", "TAX"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(kit.action(association, id, "transfer", Map.of("department", "HRSS", "reason", "同一部门")).status())
                .isEqualTo(400);
        assertThat(kit.action(association, id, "transfer", Map.of("department", "NOPE", "reason", "无此部门")).status())
                .isEqualTo(400);
        kit.actionOk(association, id, "transfer", Map.of("department", "TAX", "reason", "属税务事项"), "ASSIGNED");
        kit.actionOk(association, id, "resolve", Map.of("resolution", "已办结"), "RESOLVED");
        assertThat(kit.action(association, id, "replies", text("办结后不能再回复")).code()).isEqualTo("FEEDBACK_STATE_CONFLICT");

        // reopen only within 7 days of resolution
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        Api.Response late = api.post("/api/v1/feedback/" + id + "/reopen", owner, Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("FEEDBACK_REOPEN_EXPIRED");
        JsonNode staff = kit.staffGet(association, id).json();
        assertThat(actions(staff)).containsExactly("SUBMIT", "ASSIGN", "TRANSFER", "RESOLVE");
        assertThat(staff.get("audit").get(2).get("detail").get("reason").asText()).isEqualTo("属税务事项");
    }

    @Test
    void departmentStaffHandleOnlyTheirDepartmentsAssignedTickets() {
        String owner = users.newOwnerToken();
        long id = kit.submitOk(owner);
        String finance = users.staffToken(Role.DEPARTMENT, "FINOFFICE");
        String tax = users.staffToken(Role.DEPARTMENT, "TAX");

        Api.Response waiting = kit.staffGet(finance, id);
        assertThat(waiting.status()).as("a new ticket waits for the association").isEqualTo(403);
        assertThat(waiting.code()).isEqualTo("FEEDBACK_DEPARTMENT_FORBIDDEN");
        assertThat(kit.action(finance, id, "assign", Map.of()).code()).isEqualTo("FEEDBACK_DEPARTMENT_FORBIDDEN");

        kit.actionOk(association, id, "assign", Map.of(), "ASSIGNED");
        assertThat(kit.staffGet(finance, id).status()).isEqualTo(200);
        assertThat(kit.staffGet(tax, id).status()).isEqualTo(403);
        assertThat(kit.action(tax, id, "replies", text("别的部门不能回复")).status()).isEqualTo(403);
        assertThat(kit.action(finance, id, "transfer", Map.of("department", "TAX", "reason", "部门不能自行转办")).status())
                .isEqualTo(403);
        assertThat(api.get(FeedbackTestKit.ADMIN + "/999999999", association).code()).isEqualTo("FEEDBACK_NOT_FOUND");

        // the queues
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?department=FINOFFICE&size=100", finance))).contains(id);
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?size=100", tax))).doesNotContain(id);
        assertThat(api.get(FeedbackTestKit.ADMIN + "?department=FINOFFICE", tax).status()).isEqualTo(403);
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?status=ASSIGNED&category=FINANCING&size=100", association)))
                .contains(id);
        assertThat(FeedbackTestKit.ids(api.get(FeedbackTestKit.ADMIN + "?status=SUBMITTED&size=100", association))).doesNotContain(id);
        assertThat(api.get(FeedbackTestKit.ADMIN, users.staffToken(Role.HR)).status()).isEqualTo(403);
        assertThat(api.get(FeedbackTestKit.ADMIN, owner).status()).isEqualTo(403);
    }

    @Test
    void aHiddenIdentityIsHiddenFromTheDepartmentAndContactLooksAreAudited() {
        String owner = users.newOwnerToken();
        Map<String, Object> body = FeedbackTestKit.body("COMPLAINT", "举报某单位检查时乱收费，不希望被对方知道是我");
        body.put("hideIdentity", true);
        long id = kit.submitOk(owner, body);
        kit.actionOk(association, id, "assign", Map.of(), "ASSIGNED");
        String samr = users.staffToken(Role.DEPARTMENT, "SAMR");

        JsonNode forDepartment = kit.staffGet(samr, id).json();
        assertThat(forDepartment.get("ownerId").isNull()).isTrue();
        assertThat(forDepartment.get("contactPhone").isNull()).isTrue();
        assertThat(api.get(FeedbackTestKit.ADMIN + "/" + id + "/contact", samr).status()).isEqualTo(403);

        JsonNode forAssociation = kit.staffGet(association, id).json();
        assertThat(forAssociation.get("ownerId").isNull()).isFalse();
        assertThat(forAssociation.get("contactPhone").asText()).isEqualTo("138****1234");
        Api.Response contact = api.get(FeedbackTestKit.ADMIN + "/" + id + "/contact", association);
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.json().get("contactPhone").asText()).isEqualTo("13800001234");
        assertThat(actions(kit.staffGet(association, id).json())).containsExactly("SUBMIT", "ASSIGN", "VIEW_CONTACT");
    }
}
