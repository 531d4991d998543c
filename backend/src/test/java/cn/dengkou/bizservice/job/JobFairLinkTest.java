package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A job linked to a job fair: HR/ADMIN set and clear the link (audited), the fair's page lists its open jobs. */
@IntegrationTest
class JobFairLinkTest {

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FairJobs fairJobs;

    @Test
    void hrLinksJobsToAFairWhosePageListsTheOpenOnesAndEachChangeIsAudited() {
        String hr = users.staffToken(Role.HR);
        List<Long> jobs = new JobAlertFixtures(jdbc).openJobs(3, "F" + UUID.randomUUID().toString().substring(0, 8));
        long fair = event(hr, "JOB_FAIR");
        String path = "/api/v1/admin/jobs/" + jobs.get(0) + "/fair";

        assertThat(api.get(path, hr).json().get("eventId").isNull()).isTrue();
        Api.Response linked = api.put(path, hr, Map.of("eventId", fair));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("eventId").asLong()).isEqualTo(fair);
        assertThat(api.put("/api/v1/admin/jobs/" + jobs.get(1) + "/fair", users.adminToken(), Map.of("eventId", fair))
                .status()).isEqualTo(200);
        api.put("/api/v1/admin/jobs/" + jobs.get(2) + "/fair", hr, Map.of("eventId", fair));
        jdbc.update("UPDATE job SET status = 'CLOSED' WHERE id = ?", jobs.get(2));

        assertThat(fairJobs.listFor(fair)).extracting(FairJobs.FairJob::id)
                .as("open jobs only, newest first").containsExactly(jobs.get(1), jobs.get(0));
        assertThat(fairJobs.listFor(fair).get(0).typeName()).isNotBlank();
        assertThat(api.get(path, hr).json().get("eventId").asLong()).isEqualTo(fair);
        Api.Response page = api.get("/api/v1/events/" + fair, null);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<Long> listed = new java.util.ArrayList<>();
        page.json().get("jobs").forEach(j -> listed.add(j.get("id").asLong()));
        assertThat(listed).as("the fair's page lists its open jobs").containsExactly(jobs.get(1), jobs.get(0));

        assertThat(api.delete(path, hr).status()).isEqualTo(204);
        assertThat(api.get(path, hr).json().get("eventId").isNull()).isTrue();
        assertThat(fairJobs.listFor(fair)).extracting(FairJobs.FairJob::id).containsExactly(jobs.get(1));
        assertThat(api.delete(path, hr).status()).as("unlinking twice is fine").isEqualTo(204);
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_kind = 'job' AND subject_id = ? "
                + "ORDER BY id", String.class, jobs.get(0))).containsExactly("LINK_FAIR", "UNLINK_FAIR");
    }

    @Test
    void badLinksAndWrongCallersAreRefused() {
        String hr = users.staffToken(Role.HR);
        long job = new JobAlertFixtures(jdbc).openJobs(1, "F" + UUID.randomUUID().toString().substring(0, 8)).get(0);
        String path = "/api/v1/admin/jobs/" + job + "/fair";

        Api.Response none = api.put(path, hr, Map.of());
        assertThat(none.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(none.body()).contains("eventId");
        assertThat(api.put(path, hr, Map.of("eventId", 0)).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.put(path, hr, Map.of("eventId", "abc")).status()).isEqualTo(400);
        assertThat(api.put(path, hr, Map.of("eventId", event(hr, "TRAINING"))).code()).as("not a job fair")
                .isEqualTo("VALIDATION_FAILED");
        assertThat(api.put(path, hr, Map.of("eventId", 999_999_999L)).code()).as("no such event")
                .isEqualTo("VALIDATION_FAILED");
        long cancelled = event(hr, "JOB_FAIR");
        assertThat(api.post("/api/v1/admin/events/" + cancelled + "/cancel", hr, null).status())
                .isEqualTo(200);
        assertThat(api.put(path, hr, Map.of("eventId", cancelled)).code()).as("a cancelled fair")
                .isEqualTo("VALIDATION_FAILED");
        assertThat(api.put("/api/v1/admin/jobs/999999999/fair", hr, Map.of("eventId", 1)).code()).isEqualTo("JOB_NOT_FOUND");
        assertThat(api.get("/api/v1/admin/jobs/999999999/fair", hr).code()).isEqualTo("JOB_NOT_FOUND");

        for (String refused : List.of(users.staffToken(Role.ASSOCIATION), users.staffToken(Role.DEPARTMENT),
                users.newOwnerToken())) {
            assertThat(api.put(path, refused, Map.of("eventId", 1)).status()).isEqualTo(403);
            assertThat(api.get(path, refused).status()).isEqualTo(403);
            assertThat(api.delete(path, refused).status()).isEqualTo(403);
        }
        assertThat(api.put(path, null, Map.of("eventId", 1)).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT event_id FROM job WHERE id = ?", Long.class, job)).isNull();
    }

    /** A published event of this kind, made by HR through the events API (a job fair, or a training: not one). */
    private long event(String hr, String kind) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        java.util.function.Function<java.time.LocalDateTime, String> at =
                t -> t.withNano(0).atOffset(java.time.ZoneOffset.ofHours(8)).toString();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", "岗位关联测试活动");
        body.put("kind", kind);
        body.put("startAt", at.apply(now.plusDays(5)));
        body.put("endAt", at.apply(now.plusDays(5).plusHours(3)));
        body.put("location", Map.of("address", "县人力资源市场", "township", "DK", "latitude", 40.33, "longitude", 107.02));
        body.put("registrationDeadline", at.apply(now.plusDays(4)));
        Api.Response created = api.post("/api/v1/admin/events", hr, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.post("/api/v1/admin/events/" + id + "/publish", hr, null).status()).isEqualTo(200);
        return id;
    }
}
