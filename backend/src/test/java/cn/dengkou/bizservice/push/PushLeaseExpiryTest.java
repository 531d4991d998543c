package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import cn.dengkou.bizservice.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static cn.dengkou.bizservice.push.PushFixtures.NOTICE_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expiring dead instances' leases while another instance settles its own rows. Expiry used to be
 * one UPDATE over every CLAIMED row (a range scan of ix_outbox_status that locked each index entry,
 * then each row); a settle locks its row first and its index entry second, so the two deadlocked
 * and the settle was rolled back: a row WeChat had answered stayed CLAIMED and ended UNKNOWN.
 */
@IntegrationTest
class PushLeaseExpiryTest {

    @Autowired
    PushTasks pushTasks;
    @Autowired
    PushDispatcher dispatcher;
    @Autowired
    PushOutboxMapper outbox;
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
    void expiringLeasesNeverWaitsForARowWhoseLeaseStillRuns() throws Exception {
        PushFixtures fx = new PushFixtures(jdbc);
        PushFixtures.Owner live = fx.owner(null);
        PushFixtures.Owner dead = fx.owner(null);
        fx.quota(live.userId(), NOTICE_TEMPLATE, 1);
        fx.quota(dead.userId(), NOTICE_TEMPLATE, 1);
        PushTaskView t = pushTasks.create(PushFixtures.notice("租约到期",
                Recipients.users(List.of(live.userId(), dead.userId())))); // nobody polls: the rows stay where this test puts them
        LocalDateTime now = LocalDateTime.now(clock);
        long liveRow = rowOf(t.id(), live.userId());
        long deadRow = rowOf(t.id(), dead.userId());
        jdbc.update("UPDATE push_outbox SET status = 'CLAIMED', attempts = 1, quota_spent = 1, claimed_by = 'live', "
                + "lease_until = ? WHERE id = ?", now.plusMinutes(2), liveRow);
        jdbc.update("UPDATE push_outbox SET status = 'CLAIMED', attempts = 1, quota_spent = 1, claimed_by = 'gone', "
                + "lease_until = ? WHERE id = ?", now.minusSeconds(1), deadRow);

        try (Connection settling = dataSource.getConnection()) {
            // the live instance is settling its row: it holds the row lock, its index entries come next
            settling.setAutoCommit(false);
            try (PreparedStatement lock = settling.prepareStatement("SELECT id FROM push_outbox WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, liveRow);
                lock.executeQuery().close();
            }
            CompletableFuture<Integer> expiry = CompletableFuture.supplyAsync(() -> outbox.expireLeases(now));
            awaitDoneOrWaiting(expiry);
            try (PreparedStatement settle = settling.prepareStatement(
                    "UPDATE push_outbox SET status = 'SENT', lease_until = NULL WHERE id = ? AND status = 'CLAIMED' AND claimed_by = 'live'")) {
                settle.setLong(1, liveRow);
                assertThat(settle.executeUpdate()).isEqualTo(1);
            }
            settling.commit();
            assertThat(expiry.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1);
        }

        assertThat(fx.outbox(t.id())).containsEntry(live.userId(), "SENT").containsEntry(dead.userId(), "UNKNOWN");
    }

    /** Until expiry has finished, or is blocked on a lock (the old statement waited for the settling row). */
    private void awaitDoneOrWaiting(CompletableFuture<Integer> expiry) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!expiry.isDone() && System.nanoTime() < until) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.INNODB_TRX "
                    + "WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE 'UPDATE push_outbox SET status = ''UNKNOWN''%'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(10);
        }
        assertThat(expiry.isDone()).as("expiry neither finished nor waits for a lock").isTrue();
    }

    private long rowOf(long taskId, long userId) {
        return jdbc.queryForObject("SELECT id FROM push_outbox WHERE task_id = ? AND user_id = ?", Long.class, taskId, userId);
    }
}
