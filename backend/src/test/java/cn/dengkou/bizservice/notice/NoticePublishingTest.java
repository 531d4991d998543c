package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.dengkou.bizservice.notice.NoticeTestKit.ADMIN;
import static cn.dengkou.bizservice.notice.NoticeTestKit.notice;
import static org.assertj.core.api.Assertions.assertThat;

/** Review, the four-eyes rule, publishing with a push over exactly the audience, scheduling, withdrawing. */
@IntegrationTest
class NoticePublishingTest extends PushingNoticeTest {

    @Autowired
    NoticePublishing publishing;

    private Map<String, Object> audience(Object... more) {
        Map<String, Object> a = new java.util.HashMap<>();
        a.put("tags", List.of(tag));
        for (int i = 0; i < more.length; i += 2) {
            a.put((String) more[i], more[i + 1]);
        }
        return a;
    }

    @Test
    void aSmallAudienceMayBePublishedStraightFromDraftAndThePushReachesExactlyIt() {
        List<Long> inds = kit.owners(tag, 3, "INDIVIDUAL", "F", "DK");
        List<Long> ents = kit.owners(tag, 2, "ENTERPRISE", "F", "DK");
        kit.owners(tag, 1, "INDIVIDUAL", "C", "DK");
        kit.owners(tag, 1, "INDIVIDUAL", "F", "DK", null, null, "PENDING");
        kit.owners(NoticeTestKit.uniqueTag(), 2, "INDIVIDUAL", "F", "DK");
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = kit.create(staff, notice("批发零售业补贴", List.of("COMMERCE"), audience("industries", List.of("F"))));

        Api.Response preview = api.get(ADMIN + "/" + id + "/audience-preview", staff);
        assertThat(preview.json().get("count").asLong()).isEqualTo(5);
        assertThat(preview.json().get("reviewThreshold").asInt()).isEqualTo(500);
        assertThat(preview.json().get("approvalRequired").asBoolean()).isFalse();

        Api.Response r = kit.action(staff, id, "publish", Map.of("push", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("PUBLISHED");
        long taskId = r.json().get("pushTaskId").asLong();

        List<Long> expected = new ArrayList<>(inds);
        expected.addAll(ents);
        assertThat(jdbc.queryForList("SELECT user_id FROM inbox_message WHERE task_id = ?", Long.class, taskId))
                .containsExactlyInAnyOrderElementsOf(expected);
        Map<String, Object> task = jdbc.queryForMap("SELECT * FROM push_task WHERE id = ?", taskId);
        assertThat(task.get("scene")).isEqualTo("notice");
        assertThat(task.get("ref_type")).isEqualTo("NOTICE");
        assertThat(((Number) task.get("ref_id")).longValue()).isEqualTo(id);
        assertThat(task.get("dedup_key")).isEqualTo("notice:" + id);
        assertThat(task.get("link")).isEqualTo("/pages/notice/detail?id=" + id);
        assertThat(task.get("template_id")).isEqualTo("tpl-notice");
        assertThat((String) task.get("template_data")).contains("\"thing1\":\"批发零售业补贴\"")
                .contains("\"time2\":\"2026年11月26日 10:00\"");
        assertThat(((Number) task.get("created_by")).longValue()).isEqualTo(kit.userId(staff));

        Map<String, Object> row = kit.noticeRow(id);
        assertThat(((Number) row.get("push_task_id")).longValue()).isEqualTo(taskId);
        assertThat(((Number) row.get("audience_size")).intValue()).isEqualTo(5);
        assertThat(api.get("/api/v1/admin/push-tasks/" + taskId, staff).json().get("total").asLong()).isEqualTo(5);

        Api.Response again = kit.action(staff, id, "publish", Map.of("push", true));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("NOTICE_STATE_CONFLICT");
    }

    @Test
    void audienceFiltersEachNarrowTheCountAndEmptyMeansAll() {
        kit.owners(tag, 1, "INDIVIDUAL", "F", "DK", LocalDate.of(2020, 5, 1), "GENERAL", "VERIFIED");
        kit.owners(tag, 1, "ENTERPRISE", "C", "LSH", LocalDate.of(2026, 3, 1), "SMALL_SCALE", "VERIFIED");
        kit.owners(tag, 1, "INDIVIDUAL", "H", "BYGL", null, null, "VERIFIED");
        String staff = users.staffToken(Role.ADMIN);
        Map<Map<String, Object>, Integer> cases = new java.util.LinkedHashMap<>();
        cases.put(audience(), 3);
        cases.put(audience("kinds", List.of()), 3);
        cases.put(audience("kinds", List.of("INDIVIDUAL")), 2);
        cases.put(audience("kinds", List.of("INDIVIDUAL", "ENTERPRISE")), 3);
        cases.put(audience("industries", List.of("C", "H")), 2);
        cases.put(audience("townships", List.of("LSH")), 1);
        cases.put(audience("taxpayerTypes", List.of("GENERAL")), 1);
        cases.put(audience("registeredTo", "2025-11-26"), 1);
        cases.put(audience("registeredFrom", "2026-01-01"), 1);
        cases.put(audience("registeredFrom", "2019-01-01", "registeredTo", "2026-12-31"), 2);
        cases.put(audience("kinds", List.of("ENTERPRISE"), "townships", List.of("DK")), 0);
        cases.forEach((a, count) -> {
            Api.Response r = api.post(ADMIN + "/audience-preview", staff, Map.of("audience", a));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("count").asInt()).as(a.toString()).isEqualTo(count);
        });
        Api.Response everyone = api.post(ADMIN + "/audience-preview", staff, Map.of());
        assertThat(everyone.json().get("count").asLong()).isGreaterThanOrEqualTo(3);

        Api.Response bad = api.post(ADMIN + "/audience-preview", staff, Map.of("audience", Map.of("townships", List.of("MARS"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).get("field").asText()).isEqualTo("audience.townships");
    }

    @Test
    void aMassPushNeedsASecondStaffMembersApproval() {
        kit.owners(tag, 501, "INDIVIDUAL", "F", "DK");
        String author = users.staffToken(Role.DEPARTMENT, "TAX");
        String colleague = users.staffToken(Role.DEPARTMENT, "TAX");
        long id = kit.create(author, notice("全县个体户税费减免", List.of("TAX"), audience()));

        assertThat(api.get(ADMIN + "/" + id + "/audience-preview", author).json().get("approvalRequired").asBoolean()).isTrue();
        Api.Response alone = kit.action(author, id, "publish", Map.of("push", true));
        assertThat(alone.status()).isEqualTo(409);
        assertThat(alone.code()).isEqualTo("NOTICE_APPROVAL_REQUIRED");
        assertThat(alone.json().get("detail").asText()).contains("501").contains("500");
        assertThat(kit.noticeRow(id).get("status")).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_task WHERE ref_type = 'NOTICE' AND ref_id = ?", Integer.class, id)).isZero();

        assertThat(kit.action(author, id, "submit", null).status()).isEqualTo(200);
        Api.Response inReview = kit.action(author, id, "publish", Map.of("push", true));
        assertThat(inReview.status()).isEqualTo(409);
        assertThat(inReview.code()).isEqualTo("NOTICE_STATE_CONFLICT");

        Api.Response self = kit.action(author, id, "approve", null);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.code()).isEqualTo("NOTICE_SELF_APPROVAL");

        Api.Response approved = kit.action(colleague, id, "approve", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("approvedBy").asLong()).isEqualTo(kit.userId(colleague));

        Api.Response published = kit.action(author, id, "publish", Map.of("push", true));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");
        long taskId = published.json().get("pushTaskId").asLong();
        assertThat(jdbc.queryForObject("SELECT total FROM push_task WHERE id = ?", Integer.class, taskId)).isEqualTo(501);

        JsonNode audit = api.get(ADMIN + "/" + id + "/audit", users.adminToken()).json();
        assertThat(audit).extracting(a -> a.get("action").asText()).containsExactly("CREATE", "SUBMIT", "APPROVE", "PUBLISH");
        assertThat(audit.get(3).path("changes").path("pushTaskId").asLong()).isEqualTo(taskId);
        assertThat(audit.get(3).path("changes").path("audienceSize").asInt()).isEqualTo(501);
    }

    @Test
    void whoeverEditedANoticeCannotApproveItAndARejectionSendsItBackToDraft() {
        String author = users.staffToken(Role.ASSOCIATION);
        String editor = users.staffToken(Role.ASSOCIATION);
        String reviewer = users.staffToken(Role.ADMIN);
        long id = kit.create(author, notice("金融扶持政策"));
        assertThat(api.put(ADMIN + "/" + id, editor, notice("金融扶持政策（修订）")).status()).isEqualTo(200);
        kit.action(author, id, "submit", null);

        assertThat(kit.action(editor, id, "approve", null).code()).isEqualTo("NOTICE_SELF_APPROVAL");
        assertThat(kit.action(reviewer, id, "reject", Map.of("reason", " ")).status()).isEqualTo(400);
        Api.Response rejected = kit.action(reviewer, id, "reject", Map.of("reason", "请补充申报材料清单"));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(rejected.json().get("rejectReason").asText()).isEqualTo("请补充申报材料清单");
        assertThat(kit.action(reviewer, id, "approve", null).code()).isEqualTo("NOTICE_STATE_CONFLICT");

        assertThat(api.put(ADMIN + "/" + id, author, notice("金融扶持政策（二稿）")).status()).isEqualTo(200);
        kit.action(author, id, "submit", null);
        assertThat(kit.action(reviewer, id, "approve", null).status()).isEqualTo(200);
        // an approval is undone by a rejection, so edited content is always reviewed again
        Api.Response back = kit.action(author, id, "reject", Map.of("reason", "还要改"));
        assertThat(back.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(back.json().get("approvedBy").isNull()).isTrue();
    }

    @Test
    void stateConflictsAreRefusedWith409() {
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = kit.create(staff, notice("状态测试"));
        assertThat(kit.action(staff, id, "withdraw", null).code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(kit.action(staff, id, "approve", null).code()).isIn("NOTICE_STATE_CONFLICT", "NOTICE_SELF_APPROVAL");
        assertThat(kit.action(users.adminToken(), id, "approve", null).code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(kit.action(staff, id, "reject", Map.of("reason", "无")).code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(kit.action(staff, id, "publish", Map.of("push", false)).status()).isEqualTo(200);
        assertThat(kit.action(staff, id, "submit", null).code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(kit.action(staff, id, "withdraw", null).status()).isEqualTo(200);
        assertThat(kit.action(staff, id, "withdraw", null).code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(kit.action(staff, id, "publish", Map.of()).code()).isEqualTo("NOTICE_STATE_CONFLICT");
        assertThat(kit.action(staff, 999_999_999L, "publish", Map.of()).code()).isEqualTo("NOTICE_NOT_FOUND");

        long past = kit.create(staff, notice("过去的定时"));
        Api.Response r = kit.action(staff, past, "publish", Map.of("scheduledAt", "2026-11-26T09:00:00+08:00"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).get("field").asText()).isEqualTo("scheduledAt");
        Map<String, Object> expired = notice("已过期");
        expired.put("validTo", "2026-11-01T00:00:00+08:00");
        long old = kit.create(staff, expired);
        assertThat(kit.action(staff, old, "publish", Map.of()).json().path("errors").get(0).get("field").asText())
                .isEqualTo("validTo");
        assertThat(api.send("POST", ADMIN + "/" + old + "/publish", staff, "{\"push\":", null, Map.of()).code())
                .isEqualTo("MALFORMED_JSON");
    }

    @Test
    void twoConcurrentPublishesHaveExactlyOneWinnerAndOnePushTask() throws Exception {
        kit.owners(tag, 2, "INDIVIDUAL", "F", "DK");
        String a = users.staffToken(Role.ASSOCIATION);
        String b = users.staffToken(Role.ADMIN);
        long id = kit.create(a, notice("并发发布", List.of("TAX"), audience()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Response>> calls = List.of(
                    () -> kit.action(a, id, "publish", Map.of("push", true)),
                    () -> kit.action(b, id, "publish", Map.of("push", true)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> f : pool.invokeAll(calls)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_task WHERE ref_type = 'NOTICE' AND ref_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aScheduledNoticeAppearsAtItsTimeWithItsPushAndTheJobMarksItPublished() {
        kit.owners(tag, 2, "INDIVIDUAL", "F", "DK");
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = kit.create(staff, notice("定时发布的政策", List.of("TAX"), audience()));

        Api.Response r = kit.action(staff, id, "publish", Map.of("push", true, "scheduledAt", "2026-11-27T09:00:00+08:00"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("SCHEDULED");
        long taskId = r.json().get("pushTaskId").asLong();
        Map<String, Object> task = jdbc.queryForMap("SELECT status, scheduled_at, template_data FROM push_task WHERE id = ?", taskId);
        assertThat(task.get("status")).isEqualTo("PENDING");
        assertThat(task.get("scheduled_at")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0));
        assertThat((String) task.get("template_data")).contains("2026年11月27日 09:00");
        assertThat(ownerListIds()).doesNotContain(id);
        assertThat(api.get("/api/v1/notices/" + id, null).status()).isEqualTo(404);
        assertThat(publishing.releaseDue()).isZero();

        clock.advance(Duration.ofHours(23));
        assertThat(ownerListIds()).as("visible from its time on, before the job runs").contains(id);
        publishing.releaseDue();
        Map<String, Object> row = kit.noticeRow(id);
        assertThat(row.get("status")).isEqualTo("PUBLISHED");
        assertThat(row.get("published_at")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0));
        assertThat(publishing.releaseDue()).isZero();
        JsonNode audit = api.get(ADMIN + "/" + id + "/audit", users.adminToken()).json();
        assertThat(audit).extracting(e -> e.get("action").asText()).containsExactly("CREATE", "SCHEDULE", "RELEASE");
    }

    @Test
    void withdrawingAScheduledNoticeCancelsItsPushAndItNeverAppears() {
        kit.owners(tag, 2, "INDIVIDUAL", "F", "DK");
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = kit.create(staff, notice("将撤回的定时公告", List.of("TAX"), audience()));
        long taskId = kit.action(staff, id, "publish", Map.of("push", true, "scheduledAt", "2026-11-26T12:00:00+08:00"))
                .json().get("pushTaskId").asLong();

        Api.Response w = kit.action(staff, id, "withdraw", null);
        assertThat(w.status()).isEqualTo(200);
        assertThat(w.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("SELECT status FROM push_task WHERE id = ?", String.class, taskId)).isEqualTo("CANCELLED");

        clock.advance(Duration.ofHours(3));
        assertThat(publishing.releaseDue()).isZero();
        assertThat(kit.noticeRow(id).get("status")).isEqualTo("WITHDRAWN");
        assertThat(ownerListIds()).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_message WHERE task_id = ?", Integer.class, taskId)).isZero();
    }

    @Test
    void withdrawingAPublishedNoticeCancelsWhatItsPushHasNotSent() {
        List<Long> owners = kit.owners(tag, 2, "INDIVIDUAL", "F", "DK");
        owners.forEach(u -> jdbc.update("INSERT INTO subscription_quota (user_id, template_id, quota, last_result, updated_at)"
                + " VALUES (?, 'tpl-notice', 1, 'accept', NOW(3))", u));
        String staff = users.staffToken(Role.ASSOCIATION);
        long id = kit.create(staff, notice("将撤回的公告", List.of("TAX"), audience()));
        long taskId = kit.action(staff, id, "publish", Map.of("push", true)).json().get("pushTaskId").asLong();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND status = 'QUEUED'",
                Integer.class, taskId)).isEqualTo(2);

        assertThat(kit.action(staff, id, "withdraw", null).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM push_task WHERE id = ?", String.class, taskId)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND status = 'CANCELLED'",
                Integer.class, taskId)).isEqualTo(2);
        JsonNode audit = api.get(ADMIN + "/" + id + "/audit", users.adminToken()).json();
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("WITHDRAW");
        assertThat(last.path("changes").path("pushTaskStatus").asText()).isEqualTo("CANCELLED");
    }

    private List<Long> ownerListIds() {
        List<Long> ids = new ArrayList<>();
        api.get("/api/v1/notices?size=100", null).json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
