package cn.dengkou.bizservice.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code app.job.alerts.window}: zero (the default) sends one digest per batch of opened jobs at once; a window (e.g.
 * {@code 2h}) queues them, and once a county's oldest queued job has waited that long, everything queued for the
 * county goes out as one digest, so single postings through the day do not each ping every subscriber.
 */
@Component
class JobAlertWindow {

    private static final Logger log = LoggerFactory.getLogger(JobAlertWindow.class);
    /** Jobs per windowed digest at most; the rest go in the next flush. */
    private static final int MAX_JOBS = 5_000;

    private final JobAlertPendingMapper pending;
    private final JobAlertDigests digests;
    private final JobMapper jobs;
    private final Clock clock;
    private final TransactionTemplate tx;
    private volatile Duration window;

    JobAlertWindow(JobAlertPendingMapper pending, JobAlertDigests digests, JobMapper jobs, Clock clock,
                   PlatformTransactionManager txManager, @Value("${app.job.alerts.window:0s}") Duration window) {
        this.pending = pending;
        this.digests = digests;
        this.jobs = jobs;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.window = window;
    }

    boolean isOn() {
        return !window.isZero();
    }

    /** Tests switch the window on and off in the shared context (as the push throttle's rate). */
    void setWindow(Duration window) {
        this.window = window;
    }

    void queue(List<OpenedJob> opened) {
        pending.queue(opened, LocalDateTime.now(clock));
    }

    @Scheduled(fixedDelayString = "${app.job.alerts.flush-millis:60000}", initialDelayString = "${app.job.alerts.flush-millis:60000}")
    void scheduledFlush() {
        if (isOn()) {
            flushDue();
        }
    }

    /** Sends the digest of every county whose window is up; returns how many digests went out. */
    int flushDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        int sent = 0;
        for (String county : pending.dueCounties(now.minus(window))) {
            Integer n = tx.execute(s -> flush(county));
            sent += n == null ? 0 : n;
        }
        return sent;
    }

    private int flush(String county) {
        List<Long> ids = pending.lockCounty(county, MAX_JOBS);
        if (ids.isEmpty()) {
            return 0;
        }
        pending.remove(ids);
        List<OpenedJob> open = jobs.openAmong(ids, LocalDate.now(clock)).stream().map(OpenedJob::of).toList();
        if (open.isEmpty()) {
            return 0;
        }
        String batchKey = "window:" + ids.get(0) + "-" + ids.get(ids.size() - 1);
        log.info("job alert: window of county {} is up, {} queued jobs ({} still open) as batch {}", county, ids.size(),
                open.size(), batchKey);
        return digests.send(batchKey, open).size();
    }
}
