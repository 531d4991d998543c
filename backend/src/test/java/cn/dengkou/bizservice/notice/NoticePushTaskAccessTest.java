package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** A notice's push task is seen and controlled by whoever may manage the notice, and nobody else. */
@IntegrationTest
class NoticePushTaskAccessTest extends PushingNoticeTest {

    private static final String TASKS = "/api/v1/admin/push-tasks";


    private long publishedTask(String staff, String department) {
        // with quota, so the task stays RUNNING while the dispatcher is off
        for (long userId : kit.owners(tag, 2, "INDIVIDUAL", "F", "DK")) {
            jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at) "
                    + "VALUES (?, 'tpl-notice', 1, 'accept', NOW(3))", userId);
        }
        long id = kit.create(staff, notice("税务通知" + tag, List.of(department), Map.of("tags", List.of(tag))));
        Api.Response r = kit.action(staff, id, "publish", Map.of("push", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("pushTaskId").asLong();
    }

    @Test
    void theNoticesDepartmentManagesItsTaskOtherDepartmentsAndHrDoNot() {
        String tax = users.staffToken(Role.DEPARTMENT, "TAX");
        long taskId = publishedTask(tax, "TAX");
        String path = TASKS + "/" + taskId;

        assertThat(api.get(path, tax).status()).isEqualTo(200);
        assertThat(api.get(path, users.staffToken(Role.ASSOCIATION)).status()).isEqualTo(200);
        assertThat(api.get(path, users.adminToken()).status()).isEqualTo(200);

        String finance = users.staffToken(Role.DEPARTMENT, "FINANCE");
        String hr = users.staffToken(Role.HR);
        for (String stranger : List.of(finance, hr)) {
            Api.Response r = api.get(path, stranger);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("FORBIDDEN");
            assertThat(api.post(path + "/cancel", stranger, null).status()).isEqualTo(403);
            assertThat(api.post(path + "/resume", stranger, null).status()).isEqualTo(403);
            assertThat(api.get(TASKS + "?refType=NOTICE&refId=" + noticeOf(taskId), stranger).status()).isEqualTo(403);
        }
        assertThat(api.get(path, users.newOwnerToken()).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        // still running after the refusals: nobody cancelled it
        assertThat(api.get(path, tax).json().get("status").asText()).isEqualTo("RUNNING");

        Api.Response cancelled = api.post(path + "/cancel", tax, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void theListShowsOneSourcesTasksToItsManagersAndEveryNoticeTaskToTheAssociation() {
        String tax = users.staffToken(Role.DEPARTMENT, "TAX");
        long taskId = publishedTask(tax, "TAX");
        long noticeId = noticeOf(taskId);

        Api.Response own = api.get(TASKS + "?refType=NOTICE&refId=" + noticeId, tax);
        assertThat(own.status()).isEqualTo(200);
        assertThat(ids(own.json())).containsExactly(taskId);
        assertThat(own.json().get("items").get(0).get("total").asLong()).isEqualTo(2);

        // without a source a department sees no task (it manages no source type whole)
        Api.Response all = api.get(TASKS, tax);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).isZero();

        Api.Response association = api.get(TASKS + "?refType=NOTICE&size=100", users.staffToken(Role.ASSOCIATION));
        assertThat(ids(association.json())).contains(taskId);
        assertThat(api.get(TASKS + "?size=100", users.staffToken(Role.HR)).json().get("total").asLong()).isZero();
        Api.Response running = api.get(TASKS + "?status=RUNNING&size=100", users.adminToken());
        assertThat(ids(running.json())).contains(taskId);
        assertThat(api.get(TASKS + "?status=BOGUS", users.adminToken()).status()).isEqualTo(400);
        assertThat(api.get(TASKS + "?size=101", users.adminToken()).status()).isEqualTo(400);
    }

    private long noticeOf(long taskId) {
        return jdbc.queryForObject("SELECT ref_id FROM push_task WHERE id = ?", Long.class, taskId);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
