package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task's lane 0 (an audience source's priority group) is claimed before its lane 1, even when the priority rows
 * were queued last and even when one of their recipients is busy with another instance's send.
 */
@IntegrationTest
class PushPriorityLaneTest {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final String JOB_TEMPLATE = "tpl-job";

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    OutboxClaims claims;
    @Autowired
    SendThrottle throttle;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    PushFixtures fx;
    DispatcherControl control;
    long taskId;

    @BeforeEach
    void setUp() {
        fx = new PushFixtures(jdbc);
        control = new DispatcherControl(dispatcher, throttle, clock);
        control.takeOver();
    }

    @AfterEach
    void tearDown() {
        // rows this test claimed by hand: settle them so no later round finds them outliving their lease
        List<Long> users = jdbc.queryForList("SELECT user_id FROM push_outbox WHERE task_id = ?", Long.class, taskId);
        jdbc.update("UPDATE push_outbox SET status = 'SENT', lease_until = NULL WHERE task_id = ? AND status = 'CLAIMED'", taskId);
        throttle.unlockRecipients(users, "lane-test");
        throttle.unlockRecipients(users, "elsewhere");
        control.handBack();
    }

    /** Six users with quota for the job template, the last three of them (queued last) in the priority lane. */
    private List<Long> taskWithPriorityLast() {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long u = fx.owner(null).userId();
            fx.quota(u, JOB_TEMPLATE, 1);
            users.add(u);
        }
        PushTaskView t = pushTasks.create(PushRequest.of("job", PushFixtures.SOURCE, 1L, "新岗位", "摘要", "/pages/job/list",
                java.util.Map.of("thing1", "新岗位"), Recipients.users(users)));
        taskId = t.id();
        assertThat(jdbc.queryForList("SELECT DISTINCT lane FROM push_outbox WHERE task_id = ?", Integer.class, taskId))
                .as("no priority source: everyone in lane 1").containsExactly(1);
        jdbc.update("UPDATE push_outbox SET lane = 0 WHERE task_id = ? AND user_id IN (?, ?, ?)", taskId,
                users.get(3), users.get(4), users.get(5));
        return users;
    }

    private List<Long> claimUsers(int batch) {
        return claims.claim(LocalDateTime.now(clock), "lane-test", batch, LEASE).stream()
                .filter(c -> c.job().taskId() == taskId).map(c -> c.row().getUserId()).toList();
    }

    @Test
    void priorityLaneIsClaimedFirstAcrossBatches() {
        List<Long> users = taskWithPriorityLast();
        Set<Long> priority = Set.of(users.get(3), users.get(4), users.get(5));

        List<Long> first = claimUsers(2);
        List<Long> second = claimUsers(2);
        List<Long> third = claimUsers(2);

        assertThat(first).hasSize(2).allMatch(priority::contains);
        assertThat(second).hasSize(2).filteredOn(priority::contains).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(second.get(0)).as("the last priority row before any other").isIn(priority);
        assertThat(third).hasSize(2).noneMatch(priority::contains);
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        assertThat(all).containsExactlyInAnyOrderElementsOf(users);
    }

    @Test
    void aBusyPriorityRecipientHoldsBackTheOtherLaneUntilItIsFree() {
        List<Long> users = taskWithPriorityLast();
        long busy = users.get(4);
        assertThat(throttle.lockRecipients(List.of(busy), "elsewhere", LEASE)).containsExactly(busy);

        assertThat(claimUsers(10)).as("only the free priority rows").containsExactlyInAnyOrder(users.get(3), users.get(5));
        assertThat(claimUsers(10)).as("lane 1 waits while a priority row is due").isEmpty();
        assertThat(throttle.lockRecipients(List.of(users.get(0)), "elsewhere", LEASE))
                .as("the held-back rows' recipients were let go").containsExactly(users.get(0));
        throttle.unlockRecipients(List.of(users.get(0)), "elsewhere");

        throttle.unlockRecipients(List.of(busy), "elsewhere");
        assertThat(claimUsers(1)).containsExactly(busy);
        assertThat(claimUsers(10)).containsExactlyInAnyOrder(users.get(0), users.get(1), users.get(2));
    }
}
