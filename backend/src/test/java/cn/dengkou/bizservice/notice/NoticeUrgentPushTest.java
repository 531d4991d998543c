package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff may mark a publish urgent: its push goes out during quiet hours (21:00-08:00), others wait for morning. */
@IntegrationTest
class NoticeUrgentPushTest extends PushingNoticeTest {


    @Override
    String startAt() {
        return "2026-11-26T22:30:00+08:00"; // inside quiet hours
    }

    @Test
    void anUrgentPublishSendsDuringQuietHoursWhileANormalOneIsHeldUntilMorning() {
        String staff = users.staffToken(Role.DEPARTMENT);
        String urgentTag = tag;
        List<Long> urgentOwners = withQuota(kit.owners(urgentTag, 2, "INDIVIDUAL", "F", "DK"));
        long urgent = kit.create(staff, notice("寒潮预警：今晚停业防护", List.of("TAX"), Map.of("tags", List.of(urgentTag))));

        String normalTag = NoticeTestKit.uniqueTag();
        kit.dictionaryTag(normalTag, dictionaries::refresh);
        List<Long> normalOwners = withQuota(kit.owners(normalTag, 2, "INDIVIDUAL", "F", "DK"));
        long normal = kit.create(staff, notice("明日政策宣讲", List.of("TAX"), Map.of("tags", List.of(normalTag))));

        Api.Response u = kit.action(staff, urgent, "publish", Map.of("push", true, "urgent", true));
        assertThat(u.status()).as(u.body()).isEqualTo(200);
        long urgentTask = u.json().get("pushTaskId").asLong();
        Api.Response n = kit.action(staff, normal, "publish", Map.of("push", true));
        assertThat(n.status()).as(n.body()).isEqualTo(200);
        long normalTask = n.json().get("pushTaskId").asLong();

        JsonNode view = api.get("/api/v1/admin/push-tasks/" + urgentTask, staff).json();
        assertThat(view.get("urgent").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/admin/push-tasks/" + normalTask, staff).json().get("urgent").asBoolean()).isFalse();

        dispatcher.drain();
        assertThat(statuses(urgentTask)).containsOnly("SENT").hasSize(urgentOwners.size());
        assertThat(statuses(normalTask)).containsOnly("HELD").hasSize(normalOwners.size());

        clock.setInstant(OffsetDateTime.parse("2026-11-27T08:00:01+08:00").toInstant());
        dispatcher.drain();
        assertThat(statuses(normalTask)).containsOnly("SENT");

        JsonNode audit = api.get(ADMIN + "/" + urgent + "/audit", users.adminToken()).json();
        assertThat(audit.get(audit.size() - 1).path("changes").path("urgent").asBoolean()).isTrue();
    }

    @Test
    void urgentWithoutAPushIsRefused() {
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = kit.create(staff, notice("不推送的公告", List.of("TAX"), Map.of("tags", List.of(tag))));
        Api.Response r = kit.action(staff, id, "publish", Map.of("urgent", true));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly("urgent");
        assertThat(kit.noticeRow(id).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void staffOfAnotherDepartmentMayNotPublishUrgently() {
        long id = kit.create(users.staffToken(Role.ASSOCIATION), notice("税务局的公告", List.of("TAX"), Map.of("tags", List.of(tag))));
        Api.Response r = kit.action(users.staffToken(Role.DEPARTMENT, "HRSS"), id, "publish", Map.of("push", true, "urgent", true));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("NOTICE_DEPARTMENT_FORBIDDEN");
        assertThat(kit.action(users.ownerToken("dev-urgent-owner"), id, "publish", Map.of("push", true, "urgent", true))
                .status()).isEqualTo(403);
    }

    private List<Long> withQuota(List<Long> owners) {
        owners.forEach(u -> jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at)"
                + " VALUES (?, 'tpl-notice', 1, 'accept', NOW(3))", u));
        return owners;
    }

    private List<String> statuses(long taskId) {
        return jdbc.queryForList("SELECT status FROM push_outbox WHERE task_id = ?", String.class, taskId);
    }
}
