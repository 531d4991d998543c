package cn.dengkou.bizservice.push;

import cn.dengkou.bizservice.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared conditional status update ({@code common.StatusUpdate}) on the real database: of callers
 * making the same move on one row, exactly one wins, even one that read the old status just before.
 * The move is a cancel (only its winner gives the spent quota back); CANCELLED is final, so the
 * dispatcher running alongside (which finishes RUNNING tasks) leaves the row alone.
 */
@IntegrationTest
class TaskStatusRaceTest {

    /** Generous: two cores shared with other builds. */
    private static final int WAIT_SECONDS = 60;

    @Autowired
    PushTaskMapper tasks;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void cleanUp() {
        pool.shutdownNow();
        created.forEach(tasks::deleteById);
    }

    /** A task far in the future, of a source no feature guards: the dispatcher leaves it alone. */
    private long pendingTask() {
        LocalDateTime now = LocalDateTime.now();
        PushTask t = new PushTask();
        t.setScene("notice");
        t.setRefType(PushFixtures.SOURCE);
        t.setTitle("竞争测试");
        t.setTemplateId(PushFixtures.NOTICE_TEMPLATE);
        t.setTemplateData("{}");
        t.setAudience("{}");
        t.setScheduledAt(now.plusYears(50));
        t.setUrgent(false);
        t.setStatus(TaskStatus.PENDING.name());
        t.setTotal(0);
        t.setNoQuota(0);
        t.setCreatedAt(now);
        t.setUpdatedAt(now);
        tasks.insert(t);
        created.add(t.getId());
        return t.getId();
    }

    @Test
    void theSecondOfTwoCancelsWaitsForTheFirstAndThenFindsTheStatusChanged() throws Exception {
        long id = pendingTask();
        LocalDateTime now = LocalDateTime.now();
        CountDownLatch firstMoved = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CountDownLatch secondConnected = new CountDownLatch(1);
        Future<Boolean> first = pool.submit(() -> tx.execute(s -> {
            boolean won = tasks.move(id, TaskStatus.CANCELLED, now);
            firstMoved.countDown();
            await(commitFirst);
            return won;
        }));
        try {
            assertThat(firstMoved.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            // A read-then-write would go ahead here: the committed status is still PENDING.
            assertThat(tasks.selectById(id).getStatus()).isEqualTo("PENDING");
            Future<Boolean> second = pool.submit(() -> tx.execute(s -> {
                secondConnected.countDown(); // the transaction holds its connection from here on
                return tasks.move(id, TaskStatus.CANCELLED, now);
            }));
            assertThat(secondConnected.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            waitUntilAnUpdateWaitsForALock();
            assertThat(second.isDone()).as("the second update waits for the first's row lock").isFalse();
            commitFirst.countDown();

            assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(WAIT_SECONDS, TimeUnit.SECONDS)).isFalse();
            assertThat(tasks.selectById(id).getStatus()).isEqualTo("CANCELLED");
        } finally {
            commitFirst.countDown();
        }
    }

    @Test
    void ofEightCallersCancellingTheSameTaskExactlyOneWins() throws Exception {
        long id = pendingTask();
        LocalDateTime now = LocalDateTime.now();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(pool.submit(() -> {
                await(go);
                return tasks.move(id, TaskStatus.CANCELLED, now);
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> c : calls) {
            winners += c.get(WAIT_SECONDS, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
        assertThat(tasks.move(id, TaskStatus.RUNNING, now)).as("nothing leaves CANCELLED").isFalse();
        PushTask cancelled = tasks.selectById(id);
        assertThat(cancelled.getStatus()).isEqualTo("CANCELLED");
        assertThat(cancelled.getFinishedAt()).isNotNull();
    }

    private void waitUntilAnUpdateWaitsForALock() throws InterruptedException {
        String waiting = "SELECT COUNT(*) FROM information_schema.innodb_trx "
                + "WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE 'UPDATE push_task%'";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < until) {
            Integer n = jdbc.queryForObject(waiting, Integer.class);
            if (n != null && n > 0) {
                return;
            }
            // information_schema.innodb_trx is a cache refreshed only when it is older than 0.1 s
            // (trx_i_s_cache): polled faster, it can keep showing the moment before the wait began
            Thread.sleep(200);
        }
        throw new AssertionError("the second update never waited for the row lock; open transactions: "
                + jdbc.queryForList("SELECT trx_state, trx_query FROM information_schema.innodb_trx"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
