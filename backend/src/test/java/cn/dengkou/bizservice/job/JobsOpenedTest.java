package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.support.Api;
import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link JobsOpened} is published once per batch, after the commit, for a staff create and a hiring-need approval
 * (imports: {@code JobImportTest}); a create that fails publishes nothing. The services are called on the test
 * thread, where {@link ApplicationEvents} records.
 */
@IntegrationTest
@RecordApplicationEvents
class JobsOpenedTest {

    @Autowired
    JobPosting posting;
    @Autowired
    HiringNeedFiling filing;
    @Autowired
    HiringNeedReview review;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Api api;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    AuthUser hr;

    @BeforeEach
    void setUp() {
        clock.setInstant(OffsetDateTime.parse("2026-12-02T10:00:00+08:00").toInstant());
        String token = users.staffToken(Role.HR);
        hr = new AuthUser(new JobTestKit(api, jdbc).userId(token), Set.of(Role.HR), null);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    private static JobRequest request(String title, LocalDate until) {
        return new JobRequest(title, "某公司", "LSH", "A", "FULL_TIME", 2, 3000, 4000, false, null, null, null, null,
                "13812345678", until, null);
    }

    @Test
    void aStaffCreateIsOneEventAndAFailedOneNone() {
        JobViews.Created created = posting.create(request("事件测试", LocalDate.of(2026, 12, 31)), hr);
        List<JobsOpened> opened = events.stream(JobsOpened.class).toList();
        assertThat(opened).containsExactly(new JobsOpened(List.of(created.id()), "job:" + created.id()));
        events.clear();
        assertThatThrownBy(() -> posting.create(request("过期", LocalDate.of(2026, 12, 1)), hr)).isInstanceOf(ApiException.class);
        assertThat(events.stream(JobsOpened.class)).isEmpty();
    }

    @Test
    void anApprovedHiringNeedIsOneEventWithAllItsJobs() {
        JobTestKit kit = new JobTestKit(api, jdbc);
        String ownerToken = users.newOwnerToken();
        kit.bind(ownerToken, "LSH", "VERIFIED");
        AuthUser owner = new AuthUser(kit.userId(ownerToken), Set.of(Role.OWNER), null);
        long need = filing.file(new HiringNeedRequest(List.of(new HiringNeedRequest.Position("甲", 2, 3000, 4000),
                new HiringNeedRequest.Position("乙", 1, null, null)), null, LocalDate.of(2026, 12, 31), null,
                "13812345678", null), owner).id();
        HiringNeedView approved = review.approve(need, new HiringNeedReview.Approval(null, null, null, null, null), hr);
        List<JobsOpened> opened = events.stream(JobsOpened.class).toList();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).batchKey()).isEqualTo("need:" + need);
        assertThat(opened.get(0).jobIds()).containsExactlyElementsOf(
                approved.positions().stream().map(HiringNeedView.Position::jobId).toList());
    }
}
