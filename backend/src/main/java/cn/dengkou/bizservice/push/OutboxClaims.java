package cn.dengkou.bizservice.push;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a batch of due outbox rows for one instance. In one transaction: rows are locked with
 * {@code FOR UPDATE SKIP LOCKED} (other instances skip them), the recipient's Redis lock is taken,
 * the quota is spent (rows of users owed nothing become NO_QUOTA), and the rest become CLAIMED
 * with attempts + 1 and a lease: all of it is recorded before anything is sent.
 */
@Component
class OutboxClaims {

    record Job(long taskId, String templateId, String link, Map<String, String> data) {
    }

    record Claimed(PushOutboxRow row, Job job, LocalDateTime leaseUntil) {
    }

    private final PushTaskMapper tasks;
    private final PushOutboxMapper outbox;
    private final SubscriptionQuotaMapper quotas;
    private final PushTasks pushTasks;
    private final SendThrottle throttle;
    private final QuietHours quietHours;
    private final TransactionTemplate tx;

    OutboxClaims(PushTaskMapper tasks, PushOutboxMapper outbox, SubscriptionQuotaMapper quotas, PushTasks pushTasks,
                 SendThrottle throttle, PushProperties props, PlatformTransactionManager txManager) {
        this.tasks = tasks;
        this.outbox = outbox;
        this.quotas = quotas;
        this.pushTasks = pushTasks;
        this.throttle = throttle;
        this.quietHours = QuietHours.parse(props.quietHours());
        this.tx = new TransactionTemplate(txManager);
        // no gap locks: a claimer locks only the rows it takes
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    List<Claimed> claim(LocalDateTime now, String instanceId, int batchSize, Duration lease) {
        List<Long> locked = new ArrayList<>();
        try {
            return tx.execute(s -> claimIn(now, instanceId, batchSize, lease, locked));
        } catch (RuntimeException e) {
            throttle.unlockRecipients(locked, instanceId);
            throw e;
        }
    }

    private List<Claimed> claimIn(LocalDateTime now, String instanceId, int batchSize, Duration lease, List<Long> locked) {
        boolean quiet = quietHours.contains(now);
        LocalDateTime leaseUntil = now.plus(lease);
        List<Claimed> claimed = new ArrayList<>();
        int room = batchSize;
        for (PushTask t : tasks.running()) {
            if (room <= 0) {
                break;
            }
            if (quiet && !Boolean.TRUE.equals(t.getUrgent())) {
                continue; // non-urgent rows wait out quiet hours
            }
            List<PushOutboxRow> due = outbox.lockDue(t.getId(), now, room);
            if (due.isEmpty()) {
                continue;
            }
            // The list above may be older than a pause: a settlement that pauses the task (40037 …)
            // puts its row back as due and pauses the task in one transaction, and the row lock we
            // now hold means that transaction has committed. Read the status again, or that very row
            // would go out again at once.
            if (!tasks.isRunning(t.getId())) {
                continue;
            }
            Set<Long> free = throttle.lockRecipients(due.stream().map(PushOutboxRow::getUserId).toList(), instanceId, lease);
            locked.addAll(free);
            List<PushOutboxRow> mine = holdBackLaterLanes(due, free, instanceId, locked);
            if (mine.isEmpty()) {
                continue;
            }
            Set<Long> owed = spendQuota(t.getTemplateId(), mine, now);
            Job job = new Job(t.getId(), t.getTemplateId(), t.getLink(), pushTasks.templateData(t));
            List<Long> claimIds = new ArrayList<>();
            List<Long> noQuotaIds = new ArrayList<>();
            List<Long> noQuotaUsers = new ArrayList<>();
            for (PushOutboxRow row : mine) {
                if (row.isQuotaSpent() || owed.contains(row.getUserId())) {
                    claimIds.add(row.getId());
                    claimed.add(new Claimed(row, job, leaseUntil));
                } else {
                    noQuotaIds.add(row.getId());
                    noQuotaUsers.add(row.getUserId());
                }
            }
            if (!noQuotaIds.isEmpty()) {
                outbox.noQuota(noQuotaIds, now);
                throttle.unlockRecipients(noQuotaUsers, instanceId);
                locked.removeAll(noQuotaUsers);
            }
            if (!claimIds.isEmpty() && outbox.claim(claimIds, leaseUntil, instanceId, now) != claimIds.size()) {
                throw new IllegalStateException("push: locked rows changed under the claim of task " + t.getId());
            }
            room -= mine.size();
        }
        return claimed;
    }

    /**
     * The rows whose recipient this instance locked, except that a row of a lower lane skipped for a busy recipient
     * holds back the task's later lanes this round (their locks are let go): a priority group's sends are all
     * claimed before any other of the task.
     */
    private List<PushOutboxRow> holdBackLaterLanes(List<PushOutboxRow> due, Set<Long> free, String instanceId,
                                                   List<Long> locked) {
        int busyLane = due.stream().filter(r -> !free.contains(r.getUserId()))
                .mapToInt(PushOutboxRow::getLane).min().orElse(Integer.MAX_VALUE);
        List<Long> heldBack = due.stream().filter(r -> free.contains(r.getUserId()) && r.getLane() > busyLane)
                .map(PushOutboxRow::getUserId).toList();
        if (!heldBack.isEmpty()) {
            throttle.unlockRecipients(heldBack, instanceId);
            locked.removeAll(heldBack);
        }
        return due.stream().filter(r -> free.contains(r.getUserId()) && r.getLane() <= busyLane).toList();
    }

    /**
     * Spends one send for every row that has not spent one yet (a retried row already did) and
     * answers the users whose spend succeeded. The ledger rows are locked first, so the
     * conditional decrement below cannot race another claimer.
     */
    private Set<Long> spendQuota(String templateId, List<PushOutboxRow> rows, LocalDateTime now) {
        Set<Long> needQuota = new HashSet<>();
        rows.stream().filter(r -> !r.isQuotaSpent()).forEach(r -> needQuota.add(r.getUserId()));
        if (needQuota.isEmpty()) {
            return Set.of();
        }
        Set<Long> owed = new HashSet<>(quotas.lockWithQuota(templateId, needQuota));
        if (!owed.isEmpty()) {
            quotas.spend(templateId, owed, now);
        }
        return owed;
    }
}
