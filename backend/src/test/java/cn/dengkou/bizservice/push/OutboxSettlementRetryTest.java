package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import cn.dengkou.bizservice.support.SqlSequence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A settle that loses a real InnoDB deadlock is rolled back whole and runs again, so WeChat's
 * answer is recorded once: without the retry the row stays CLAIMED and ends UNKNOWN.
 */
@IntegrationTest
class OutboxSettlementRetryTest {

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    OutboxSettlement settlement;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void setUp() {
        dispatcher.setPolling(false);
    }

    @AfterEach
    void tearDown() {
        dispatcher.setPolling(true);
    }

    @Test
    void aRefusedSendThatLosesADeadlockIsSettledOnceOnTheRetry() throws Exception {
        PushFixtures fx = new PushFixtures(jdbc);
        PushFixtures.Owner o = fx.owner(null);
        fx.quota(o.userId(), NOTICE_TEMPLATE, 1);
        PushTaskView t = pushTasks.create(PushFixtures.notice("死锁重试", Recipients.users(List.of(o.userId()))));
        long rowId = jdbc.queryForObject("SELECT id FROM push_outbox WHERE task_id = ?", Long.class, t.id());
        LocalDateTime now = LocalDateTime.now(clock);
        // claimed by "me": the quota is spent, the send went out and WeChat answered 47003 (refused, refund due)
        jdbc.update("UPDATE subscription_quota SET quota = 0 WHERE user_id = ? AND template_id = ?", o.userId(), NOTICE_TEMPLATE);
        jdbc.update("UPDATE push_outbox SET status = 'CLAIMED', attempts = 1, quota_spent = 1, claimed_by = 'me', "
                + "lease_until = ? WHERE id = ?", now.plusMinutes(2), rowId);
        PushOutboxRow row = new PushOutboxRow();
        row.setId(rowId);
        row.setTaskId(t.id());
        row.setUserId(o.userId());
        row.setOpenid(o.openid());
        row.setAttempts(1);
        row.setQuotaSpent(true);
        OutboxClaims.Claimed claimed = new OutboxClaims.Claimed(row,
                new OutboxClaims.Job(t.id(), NOTICE_TEMPLATE, null, Map.of()), now.plusMinutes(2));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection other = dataSource.getConnection()) {
            // another transaction holds the user's ledger row and has written a lot: InnoDB will pick
            // the lighter settle as the deadlock victim
            other.setAutoCommit(false);
            execute(other, "CREATE TEMPORARY TABLE IF NOT EXISTS weight (n INT)");
            execute(other, "INSERT INTO weight SELECT seq FROM " + SqlSequence.upTo(2000));
            lockLedger(other, o.userId());

            // the settle moves the outbox row, then waits for the ledger row to refund it
            CompletableFuture<Void> settle = CompletableFuture.runAsync(
                    () -> settlement.settle(claimed, 47003, "me", new HashSet<>()), threads);
            awaitLockWait("UPDATE subscription_quota SET quota = quota + 1%", settle);

            // closing the cycle: the other transaction now wants the outbox row the settle holds
            CompletableFuture<Void> cycle = CompletableFuture.runAsync(() -> {
                try (PreparedStatement s = other.prepareStatement("SELECT id FROM push_outbox WHERE id = ? FOR UPDATE")) {
                    s.setLong(1, rowId);
                    s.executeQuery().close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, threads);
            cycle.get(30, TimeUnit.SECONDS); // the settle was the victim: its locks are gone
            other.commit();
            execute(other, "DROP TEMPORARY TABLE weight"); // the connection goes back to the pool
            settle.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.queryForObject("SELECT status FROM push_outbox WHERE id = ?", String.class, rowId)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT errcode FROM push_outbox WHERE id = ?", Integer.class, rowId)).isEqualTo(47003);
        assertThat(fx.quota(o.userId(), NOTICE_TEMPLATE)).as("refunded exactly once").isEqualTo(1);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    private static void lockLedger(Connection c, long userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT quota FROM subscription_quota WHERE user_id = ? AND template_id = ? FOR UPDATE")) {
            s.setLong(1, userId);
            s.setString(2, NOTICE_TEMPLATE);
            s.executeQuery().close();
        }
    }

    private void awaitLockWait(String queryLike, CompletableFuture<Void> settle) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                    + "WHERE command = 'Query' AND info LIKE ?", Integer.class, queryLike);
            if (waiting != null && waiting > 0) {
                return;
            }
            if (settle.isDone()) {
                settle.join(); // shows why it ended
                throw new AssertionError("the settle finished without waiting for the ledger row");
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the settle never waited for the ledger row");
    }
}
