package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.push.PushDispatcher;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import cn.dengkou.bizservice.wechat.sim.WechatSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static cn.dengkou.bizservice.job.JobAlertFixtures.JOB_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole way: HR imports 500 jobs in one file, each matching subscriber gets exactly one message; a re-import none. */
@IntegrationTest
class JobImportAlertTest {

    static final String HEADER = "外部编号,来源,岗位名称,用工单位,乡镇,行业,用工类型,招聘人数,最低月薪,最高月薪,联系人,联系电话,截止日期\n";
    static final String[] TOWNSHIPS = {"巴彦高勒镇", "隆盛合镇", "渡口镇"};
    static final String[] TYPES = {"全职", "季节性用工"};

    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    PushDispatcher dispatcher;

    final WechatSimulator sim = WechatSimulator.shared();
    JobAlertFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new JobAlertFixtures(jdbc);
        dispatcher.setPolling(false);
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
        dispatcher.drain();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        dispatcher.setPolling(true);
    }

    private byte[] file(String source, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append("E").append(i).append(',').append(source).append(",导入岗位").append(i).append(",磴口县某公司,")
                    .append(TOWNSHIPS[i % 3]).append(",A,").append(TYPES[i % 2]).append(",3,3000,4000,李工,13812345678,2026-12-31\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anImportOf500JobsSendsEachMatchingSubscriberOneDigestAndAReimportSendsNone() {
        JobAlertFixtures.Subscriber any = fx.subscriber(JobSeekerSituation.LAID_OFF);
        JobAlertFixtures.Subscriber dk = fx.subscriber("[\"DK\"]", "[]", "[]", null);
        JobAlertFixtures.Subscriber seasonalLsh = fx.subscriber("[\"LSH\"]", "[]", "[\"SEASONAL\"]", JobSeekerSituation.OTHER);
        JobAlertFixtures.Subscriber elsewhere = fx.subscriber("[\"SJTH\"]", "[]", "[]", JobSeekerSituation.GRADUATE);
        String hr = users.staffToken(Role.HR);
        JobTestKit kit = new JobTestKit(api, jdbc);
        String source = "src" + JobTestKit.marker();

        Api.Response r = kit.upload(hr, "jobs.csv", file(source, 500), Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("created").asInt()).isEqualTo(500);
        List<Long> digests = jdbc.queryForList("SELECT d.id FROM job_alert_digest d JOIN job_alert_digest_job j "
                + "ON j.digest_id = d.id JOIN job ON job.id = j.job_id WHERE job.source = ? GROUP BY d.id", Long.class, source);
        assertThat(digests).as("one digest for the import run").hasSize(1);
        for (JobAlertFixtures.Subscriber s : List.of(any, dk, seasonalLsh)) {
            assertThat(fx.alertMessages(s.userId())).as("user %d", s.userId()).isEqualTo(1);
        }
        assertThat(fx.alertMessages(elsewhere.userId())).isZero();

        Api.Response again = kit.upload(hr, "jobs.csv", file(source, 500), Map.of());
        assertThat(again.json().get("updated").asInt()).isEqualTo(500);
        assertThat(fx.alertMessages(any.userId())).as("updated jobs are not new jobs").isEqualTo(1);

        dispatcher.drain();
        for (JobAlertFixtures.Subscriber s : List.of(any, dk, seasonalLsh)) {
            assertThat(sim.sendCount(s.openid(), JOB_TEMPLATE)).isEqualTo(1);
        }
        assertThat(sim.sendCount(elsewhere.openid(), JOB_TEMPLATE)).isZero();
    }
}
