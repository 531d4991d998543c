package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.auth.SessionTokens;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.TimeConfig;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.Map;

import static cn.dengkou.bizservice.event.EventTestKit.ADMIN_EVENTS;
import static cn.dengkou.bizservice.event.EventTestKit.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Registrants as a push audience, event push tasks' access, the invitation's four-eyes rule, stats and Excel. */
@IntegrationTest
class EventFollowUpTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens sessions;

    EventTestKit kit;
    String association;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        kit = new EventTestKit(api, jdbc, sessions);
        association = users.staffToken(Role.ASSOCIATION);
        now = LocalDateTime.now(TimeConfig.ZONE);
    }

    @Test
    void staffSendAFollowUpToThoseWhoCameAndOnlyTheEventsManagersSeeTheTask() {
        long id = kit.published(association, body("培训资料", 1, now));
        EventTestKit.Owner came = kit.owner("DK");
        EventTestKit.Owner waiting = kit.owner("DK");
        String code = kit.register(id, came.token()).json().get("checkInCode").asText();
        kit.register(id, waiting.token());
        api.post(ADMIN_EVENTS + "/" + id + "/check-ins", association, Map.of("checkInCode", code));

        Api.Response sent = api.post(ADMIN_EVENTS + "/" + id + "/messages", association,
                Map.of("to", "CHECKED_IN", "title", "培训资料下载", "content", "课件已上传，请在小程序查看。"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/me/messages", came.token()).body()).contains("培训资料下载");
        assertThat(api.get("/api/v1/me/messages", waiting.token()).body()).doesNotContain("培训资料下载");

        long task = sent.json().get("id").asLong();
        assertThat(api.get("/api/v1/admin/push-tasks/" + task, association).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/push-tasks/" + task, users.staffToken(Role.HR)).status())
                .as("HR does not manage an association event's tasks").isEqualTo(403);
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/messages", association, Map.of("to", "NOBODY", "title", "x",
                "content", "y")).status()).isEqualTo(400);

        Api.Response stats = api.get(ADMIN_EVENTS + "/" + id + "/stats", association);
        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        assertThat(stats.json().get("registered").asInt()).isEqualTo(2);
        assertThat(stats.json().get("confirmed").asInt()).isEqualTo(1);
        assertThat(stats.json().get("waitlisted").asInt()).isEqualTo(1);
        assertThat(stats.json().get("checkedIn").asInt()).isEqualTo(1);
        assertThat(stats.json().get("invited").isNull()).isTrue();
        Api.Response xlsx = api.get(ADMIN_EVENTS + "/" + id + "/registrations.xlsx", association);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        assertThat(api.get(ADMIN_EVENTS + "/" + id + "/stats.xlsx", association).status()).isEqualTo(200);
        String month = now.plusDays(2).toString().substring(0, 7);
        Api.Response byKind = api.get(ADMIN_EVENTS + "/stats?month=" + month, association);
        assertThat(byKind.status()).as(byKind.body()).isEqualTo(200);
        assertThat(byKind.body()).contains("TRAINING").contains("培训讲座");
        assertThat(api.get(ADMIN_EVENTS + "/stats.xlsx?month=" + month, association).status()).isEqualTo(200);
        assertThat(api.get(ADMIN_EVENTS + "/stats?month=12-2026", association).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get(ADMIN_EVENTS + "/" + id + "/stats", came.token()).status()).isEqualTo(403);
    }

    @Test
    void aLargeInvitationNeedsAnotherStaffMembersApproval() {
        kit.seedOwners(501, "FARMS");
        Map<String, Object> b = body("大型邀请", 100, now);
        b.put("audience", EventTestKit.audience("FARMS"));
        long id = kit.create(association, b);
        Api.Response refused = api.post(ADMIN_EVENTS + "/" + id + "/publish", association, Map.of("push", true));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("EVENT_APPROVAL_REQUIRED");
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/approve", association, null).code()).isEqualTo("EVENT_SELF_APPROVAL");

        String colleague = users.staffToken(Role.ASSOCIATION);
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/approve", colleague, null).status()).isEqualTo(200);
        api.put(ADMIN_EVENTS + "/" + id, association, b);
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/publish", association, Map.of("push", true)).code())
                .as("an edit voids the approval").isEqualTo("EVENT_APPROVAL_REQUIRED");
        assertThat(api.post(ADMIN_EVENTS + "/" + id + "/approve", colleague, null).status()).isEqualTo(200);
        Api.Response published = api.post(ADMIN_EVENTS + "/" + id + "/publish", association, Map.of("push", true));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("pushTaskId").isNull()).isFalse();
        assertThat(api.get(ADMIN_EVENTS + "/" + id + "/stats", association).json().get("invited").asInt()).isGreaterThan(500);
    }
}
