package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With a window, single postings through the day reach a subscriber as one digest when the window is up. */
@IntegrationTest
class JobAlertWindowTest {

    @Autowired
    JobAlertWindow window;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    cn.dengkou.bizservice.push.PushTasks pushTasks;

    JobAlertFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new JobAlertFixtures(jdbc);
        clock.setInstant(OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant());
        window.flushDue(); // nothing another test queued may land in this test's digest
        window.setWindow(Duration.ofHours(2));
    }

    @AfterEach
    void tearDown() {
        window.setWindow(Duration.ZERO);
        clock.reset();
    }

    @Test
    void jobsOpenedWithinTheWindowGoOutAsOneDigestWhenItIsUp() {
        JobAlertFixtures.Subscriber s = fx.subscriber(JobSeekerSituation.GRADUATE);
        String batch = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        List<Long> jobs = fx.openJobs(3, batch);
        events.publishEvent(new JobsOpened(List.of(jobs.get(0)), "job:" + jobs.get(0)));
        clock.advance(Duration.ofMinutes(50));
        events.publishEvent(new JobsOpened(List.of(jobs.get(1)), "job:" + jobs.get(1)));
        events.publishEvent(new JobsOpened(List.of(jobs.get(2)), "job:" + jobs.get(2)));
        jdbc.update("UPDATE job SET status = 'CLOSED' WHERE id = ?", jobs.get(2));
        assertThat(fx.alertMessages(s.userId())).as("nothing before the window is up").isZero();

        clock.advance(Duration.ofMinutes(60));
        assertThat(window.flushDue()).as("the oldest has waited 1 h 50 min").isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(window.flushDue()).isEqualTo(1);
        assertThat(fx.alertMessages(s.userId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT d.job_count FROM job_alert_digest d JOIN job_alert_digest_job j "
                + "ON j.digest_id = d.id WHERE j.job_id = ?", Integer.class, jobs.get(0)))
                .as("the two still open, in one digest").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_alert_pending WHERE job_id IN (?, ?, ?)", Integer.class,
                jobs.get(0), jobs.get(1), jobs.get(2))).isZero();
        assertThat(window.flushDue()).as("nothing left").isZero();
        assertThat(fx.alertMessages(s.userId())).isEqualTo(1);
        // its subscribe message is due at this test's clock: not something a later dispatcher test should send
        pushTasks.cancel(jdbc.queryForObject("SELECT d.push_task_id FROM job_alert_digest d JOIN job_alert_digest_job j "
                + "ON j.digest_id = d.id WHERE j.job_id = ?", Long.class, jobs.get(0)));
    }
}
