package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.push.PushDispatcher;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.dengkou.bizservice.job.JobAlertFixtures.JOB_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job alerts as digests: a batch of 500 newly opened jobs reaches each matching subscriber with exactly one message
 * (one inbox entry, one subscribe message), and the priority groups' sends are claimed before any other.
 */
@IntegrationTest
class JobAlertDigestTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Api api;
    @Autowired
    TestUsers users;

    final WechatSimulator sim = WechatSimulator.shared();
    JobAlertFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new JobAlertFixtures(jdbc);
        dispatcher.setPolling(false);
        clock.setInstant(OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant()); // outside quiet hours
        dispatcher.drain(); // what other tests left due
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        dispatcher.setPolling(true);
    }

    @Test
    void fiveHundredImportedJobsSendEachMatchingSubscriberExactlyOneMessage() {
        List<JobAlertFixtures.Subscriber> everything = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            everything.add(fx.subscriber(i % 2 == 0 ? JobSeekerSituation.GRADUATE : null));
        }
        JobAlertFixtures.Subscriber dkSeasonal = fx.subscriber("[\"DK\"]", "[]", "[\"SEASONAL\"]", JobSeekerSituation.OTHER);
        JobAlertFixtures.Subscriber lshBuilding = fx.subscriber("[\"LSH\"]", "[\"C\"]", "[]", null);
        JobAlertFixtures.Subscriber elsewhere = fx.subscriber("[\"BLNZ\"]", "[]", "[]", JobSeekerSituation.LAID_OFF);
        JobAlertFixtures.Subscriber wrongType = fx.subscriber("[]", "[]", "[\"INTERNSHIP\"]", null);

        String batch = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        List<Long> jobs = fx.openJobs(500, batch);
        assertThat(jobs).hasSize(500);
        String batchKey = "import:" + batch;
        events.publishEvent(new JobsOpened(jobs, batchKey));

        Long taskId = fx.taskOf(batchKey);
        assertThat(taskId).isNotNull();
        List<JobAlertFixtures.Subscriber> reached = new ArrayList<>(everything);
        reached.add(dkSeasonal);
        reached.add(lshBuilding);
        for (JobAlertFixtures.Subscriber s : reached) {
            assertThat(fx.alertMessages(s.userId())).as("user %d", s.userId()).isEqualTo(1);
        }
        assertThat(fx.alertMessages(elsewhere.userId())).isZero();
        assertThat(fx.alertMessages(wrongType.userId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT user_id) FROM inbox_message WHERE task_id = ?",
                Integer.class, taskId)).as("nobody twice").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_task WHERE ref_type = 'JOB_ALERT' AND dedup_key = ?",
                Integer.class, "job-alert:150822:" + batchKey)).as("one task for the whole batch").isEqualTo(1);

        // 500 jobs cycle through 3 townships × 3 industries × 2 types: the matched counts are the batch's own
        assertThat(matched(taskId, everything.get(0).userId())).isEqualTo(500);
        assertThat(matched(taskId, dkSeasonal.userId())).isEqualTo(countJobs(batch, "township = 'DK' AND job_type = 'SEASONAL'"));
        assertThat(matched(taskId, lshBuilding.userId())).isEqualTo(countJobs(batch, "township = 'LSH' AND industry = 'C'"));

        events.publishEvent(new JobsOpened(jobs, batchKey));
        assertThat(fx.alertMessages(lshBuilding.userId())).as("the same batch again sends nothing").isEqualTo(1);

        String tasks = "/api/v1/admin/push-tasks";
        String hr = users.staffToken(cn.dengkou.bizservice.common.Role.HR);
        assertThat(api.get(tasks + "/" + taskId, hr).status()).as("HR follows the digest's task").isEqualTo(200);
        long digestId = jdbc.queryForObject("SELECT ref_id FROM push_task WHERE id = ?", Long.class, taskId);
        assertThat(api.get(tasks + "?refType=JOB_ALERT&refId=" + digestId, hr).json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(tasks + "/" + taskId, users.staffToken(cn.dengkou.bizservice.common.Role.ASSOCIATION))
                .status()).isEqualTo(403);

        dispatcher.drain();
        for (JobAlertFixtures.Subscriber s : reached) {
            assertThat(sim.sendCount(s.openid(), JOB_TEMPLATE)).as("subscribe messages to user %d", s.userId()).isEqualTo(1);
        }
        assertThat(sim.sendCount(elsewhere.openid(), JOB_TEMPLATE)).isZero();
    }

    @Test
    void priorityGroupsAreClaimedBeforeAnyOtherSendOfTheBatch() {
        // more priority rows than one claim takes (app.push.dispatcher.batch-size 200): the first round is theirs alone
        List<Long> priority = new ArrayList<>();
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            // created before the priority seekers, so neither id nor insertion order puts the priority groups first
            others.add(fx.subscriber(i % 3 == 0 ? JobSeekerSituation.OTHER : null).userId());
        }
        for (int i = 0; i < 240; i++) {
            priority.add(fx.subscriber(i % 2 == 0 ? JobSeekerSituation.GRADUATE : JobSeekerSituation.LAID_OFF).userId());
        }
        String batch = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String batchKey = "import:" + batch;
        events.publishEvent(new JobsOpened(fx.openJobs(3, batch), batchKey));
        long taskId = fx.taskOf(batchKey);

        Map<Long, Integer> lanes = new java.util.HashMap<>();
        jdbc.query("SELECT user_id, lane FROM push_outbox WHERE task_id = ?", rs -> {
            lanes.put(rs.getLong(1), rs.getInt(2));
        }, taskId);
        priority.forEach(u -> assertThat(lanes.get(u)).as("priority user %d", u).isZero());
        others.forEach(u -> assertThat(lanes.get(u)).as("other user %d", u).isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT priority FROM job_alert_digest WHERE id = "
                + "(SELECT ref_id FROM push_task WHERE id = ?)", Integer.class, taskId)).isGreaterThanOrEqualTo(240);

        // one dispatcher round per second of the test clock: a row's settle time tells the round that claimed it
        int rounds = 0;
        while (dispatcher.runOnce() > 0) {
            clock.advance(Duration.ofSeconds(1));
            rounds++;
        }
        assertThat(rounds).isGreaterThanOrEqualTo(3);
        Timestamp lastPriority = jdbc.queryForObject("SELECT MAX(updated_at) FROM push_outbox WHERE task_id = ? AND lane = 0",
                Timestamp.class, taskId);
        Timestamp firstOther = jdbc.queryForObject("SELECT MIN(updated_at) FROM push_outbox WHERE task_id = ? AND lane = 1",
                Timestamp.class, taskId);
        assertThat(lastPriority).as("the last priority send's round is not after the first other send's")
                .isBeforeOrEqualTo(firstOther);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND lane = 0 AND updated_at < ?",
                Integer.class, taskId, firstOther)).as("a whole round of priority sends before any other")
                .isGreaterThanOrEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_outbox WHERE task_id = ? AND status <> 'SENT'",
                Integer.class, taskId)).isZero();
    }

    @Test
    void theMessageOpensTheDigestsOpenJobsThatFitTheReadersListsAndNobodyElsesDigest() {
        String reader = users.newOwnerToken();
        String outsider = users.newOwnerToken();
        Api.Response sub = api.put("/api/v1/me/job-alert", reader,
                Map.of("preferences", Map.of("townships", List.of("DK"), "jobTypes", List.of("SEASONAL"))));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        String batch = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        List<Long> jobs = fx.openJobs(40, batch);
        events.publishEvent(new JobsOpened(jobs, "import:" + batch));
        long digestId = jdbc.queryForObject("SELECT id FROM job_alert_digest WHERE batch_key = ?", Long.class,
                "import:" + batch);
        int fitting = countJobs(batch, "township = 'DK' AND job_type = 'SEASONAL'");
        assertThat(fitting).isPositive();

        Api.Response page = api.get("/api/v1/me/job-alert/digests/" + digestId + "?size=100", reader);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("total").asInt()).isEqualTo(fitting);
        assertThat(page.json().get("items").findValuesAsText("township")).containsOnly("DK");
        assertThat(page.json().get("items").get(0).get("contactPhone").asText()).as("masked as in lists").contains("****");

        long closed = jdbc.queryForObject("SELECT MIN(id) FROM job WHERE source = ? AND township = 'DK' AND job_type = 'SEASONAL'",
                Long.class, batch);
        jdbc.update("UPDATE job SET status = 'CLOSED' WHERE id = ?", closed);
        assertThat(api.get("/api/v1/me/job-alert/digests/" + digestId + "?size=100", reader).json().get("total").asInt())
                .as("a job closed since drops out").isEqualTo(fitting - 1);
        assertThat(api.get("/api/v1/me/job-alert/digests/" + digestId, outsider).code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/me/job-alert/digests/" + (digestId + 100_000), reader).code()).isEqualTo("NOT_FOUND");
        assertThat(api.get("/api/v1/me/job-alert/digests/" + digestId, null).status()).isEqualTo(401);
    }

    private int matched(long taskId, long userId) {
        return jdbc.queryForObject("SELECT r.matched FROM job_alert_recipient r JOIN push_task t ON t.ref_id = r.digest_id "
                + "WHERE t.id = ? AND r.user_id = ?", Integer.class, taskId, userId);
    }

    private int countJobs(String batch, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM job WHERE source = ? AND " + condition, Integer.class, batch);
    }
}
