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
 */
@IntegrationTest
class TaskStatusRaceTest {

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
    void theSecondOfTwoStartsWaitsForTheFirstAndThenFindsTheStatusChanged() throws Exception {
        long id = pendingTask();
        LocalDateTime now = LocalDateTime.now();
        CountDownLatch firstMoved = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<Boolean> first = pool.submit(() -> tx.execute(s -> {
            boolean won = tasks.move(id, TaskStatus.RUNNING, now);
            firstMoved.countDown();
            await(commitFirst);
            return won;
        }));
        assertThat(firstMoved.await(10, TimeUnit.SECONDS)).isTrue();
        // A read-then-write would go ahead here: the committed status is still PENDING.
        assertThat(tasks.selectById(id).getStatus()).isEqualTo("PENDING");
        Future<Boolean> second = CompletableFuture.supplyAsync(() -> tasks.move(id, TaskStatus.RUNNING, now), pool);
        waitUntilAnUpdateWaitsForALock();
        assertThat(second.isDone()).as("the second update waits for the first's row lock").isFalse();
        commitFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(tasks.selectById(id).getStatus()).isEqualTo("RUNNING");
    }

    @Test
    void ofEightCallersStartingTheSameTaskExactlyOneWins() throws Exception {
        long id = pendingTask();
        LocalDateTime now = LocalDateTime.now();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(pool.submit(() -> {
                await(go);
                return tasks.move(id, TaskStatus.RUNNING, now);
            }));
        }
        go.countDown();
        int winners = 0;
        for (Future<Boolean> c : calls) {
            winners += c.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
        assertThat(tasks.move(id, TaskStatus.DONE, now)).as("RUNNING -> DONE is listed").isTrue();
        assertThat(tasks.move(id, TaskStatus.RUNNING, now)).as("nothing leaves DONE").isFalse();
        PushTask done = tasks.selectById(id);
        assertThat(done.getStatus()).isEqualTo("DONE");
        assertThat(done.getFinishedAt()).isNotNull();
    }

    private void waitUntilAnUpdateWaitsForALock() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.innodb_trx "
                    + "WHERE trx_state = 'LOCK WAIT' AND trx_query LIKE 'UPDATE push_task%'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second update never waited for the row lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
