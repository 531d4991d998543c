package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.support.TwoCountyDeployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.dengkou.bizservice.job.JobSeekerTest.ADMIN_SEEKERS;
import static cn.dengkou.bizservice.job.JobSeekerTest.ALERT;
import static cn.dengkou.bizservice.job.JobSeekerTest.SEEKER;
import static cn.dengkou.bizservice.job.JobSeekerTest.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** Seeker profiles belong to a county: its staff read them, the other county's get 404, the prefecture's see all. */
@TwoCountyDeployment
class TwoCountyJobSeekerTest {

    static final String DENGKOU = "150822";
    static final String HANGJIN = "150826";

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void retireStaff() {
        users.disableCountyStaff();
    }

    @Test
    void aProfileNamesItsCountyAndOnlyThatCountysStaffAndThePrefecturesReadIt() {
        String owner = users.newOwnerToken();
        Map<String, Object> body = profile("GRADUATE", List.of("SHB"), List.of(), List.of());
        assertThat(api.put(SEEKER, owner, body).code()).as("several counties, no business").isEqualTo("COUNTY_REQUIRED");
        assertThat(api.put(ALERT, owner, Map.of()).code()).isEqualTo("COUNTY_REQUIRED");
        body.put("county", DENGKOU);
        assertThat(api.put(SEEKER, owner, body).code()).as("陕坝镇 is 杭锦后旗's").isEqualTo("VALIDATION_FAILED");
        body.put("county", HANGJIN);
        Api.Response saved = api.put(SEEKER, owner, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("countyName").asText()).isEqualTo("杭锦后旗");
        assertThat(api.get(ALERT, owner).json().get("county").asText()).isEqualTo(HANGJIN);
        long id = saved.json().get("userId").asLong();

        String hangjinHr = users.staffInCounty(HANGJIN, Role.HR);
        String dengkouHr = users.staffInCounty(DENGKOU, Role.HR);
        String dengkouAdmin = users.staffInCounty(DENGKOU, Role.ADMIN);
        String prefectureHr = users.staffInCounty("150800", Role.HR);

        assertThat(api.get(ADMIN_SEEKERS + "/" + id, hangjinHr).status()).isEqualTo(200);
        assertThat(api.get(ADMIN_SEEKERS + "/" + id, prefectureHr).status()).isEqualTo(200);
        for (String other : List.of(dengkouHr, dengkouAdmin)) {
            assertThat(api.get(ADMIN_SEEKERS + "/" + id, other).code()).isEqualTo("JOB_SEEKER_NOT_FOUND");
            assertThat(ids(api.get(ADMIN_SEEKERS + "?size=100", other))).doesNotContain(id);
            assertThat(ids(api.get(ADMIN_SEEKERS + "?county=" + HANGJIN + "&size=100", other)))
                    .as("naming the other county is an empty page").isEmpty();
        }
        assertThat(ids(api.get(ADMIN_SEEKERS + "?size=100", hangjinHr))).contains(id);
        assertThat(ids(api.get(ADMIN_SEEKERS + "?county=" + HANGJIN + "&size=100", prefectureHr))).contains(id);
        assertThat(ids(api.get(ADMIN_SEEKERS + "?county=" + DENGKOU + "&size=100", prefectureHr))).doesNotContain(id);
    }

    @Test
    void aBatchWithJobsOfBothCountiesSendsEachCountysSubscribersOneDigestOfTheirCountysJobsOnly() {
        JobAlertFixtures fx = new JobAlertFixtures(jdbc);
        JobAlertFixtures.Subscriber dengkou = fx.subscriber(DENGKOU, "[]", "[]", "[]", JobSeekerSituation.GRADUATE);
        JobAlertFixtures.Subscriber hangjin = fx.subscriber(HANGJIN, "[]", "[]", "[]", null);
        String batch = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        List<Long> jobs = new ArrayList<>(fx.openJobs(4, batch, DENGKOU));
        jobs.addAll(fx.openJobs(7, batch + "H", HANGJIN));
        events.publishEvent(new JobsOpened(jobs, "import:" + batch));

        Map<String, Integer> jobCounts = new HashMap<>();
        jdbc.query("SELECT county, job_count FROM job_alert_digest WHERE batch_key = ?", rs -> {
            jobCounts.put(rs.getString(1), rs.getInt(2));
        }, "import:" + batch);
        assertThat(jobCounts).isEqualTo(Map.of(DENGKOU, 4, HANGJIN, 7));
        assertThat(fx.alertMessages(dengkou.userId())).isEqualTo(1);
        assertThat(fx.alertMessages(hangjin.userId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT r.matched FROM job_alert_recipient r JOIN job_alert_digest d "
                + "ON d.id = r.digest_id WHERE d.batch_key = ? AND r.user_id = ?", Integer.class, "import:" + batch,
                hangjin.userId())).as("only its county's jobs").isEqualTo(7);
        assertThat(jdbc.queryForList("SELECT t.county FROM push_task t JOIN inbox_message m ON m.task_id = t.id "
                + "WHERE m.user_id = ?", String.class, dengkou.userId())).containsExactly(DENGKOU);
    }

    private static List<Long> ids(Api.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").findValues("userId").stream().map(n -> n.asLong()).toList();
    }
}
