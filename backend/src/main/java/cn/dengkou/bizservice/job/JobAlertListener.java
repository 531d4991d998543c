package cn.dengkou.bizservice.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Newly opened jobs (published after their commit) become job-alert digests, at once or at their window's end. */
@Component
class JobAlertListener {

    private static final Logger log = LoggerFactory.getLogger(JobAlertListener.class);

    private final JobMapper jobs;
    private final JobAlertDigests digests;
    private final JobAlertWindow window;
    private final Clock clock;
    private final TransactionTemplate tx;

    JobAlertListener(JobMapper jobs, JobAlertDigests digests, JobAlertWindow window, Clock clock,
                     PlatformTransactionManager txManager) {
        this.jobs = jobs;
        this.digests = digests;
        this.window = window;
        this.clock = clock;
        // JobsOpened arrives in the publisher's afterCommit, where the committed transaction's connection is still
        // bound: joining it would write outside any transaction, so the digest gets a transaction of its own
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @EventListener
    void on(JobsOpened event) {
        try {
            tx.executeWithoutResult(s -> handle(event));
        } catch (RuntimeException e) {
            // the jobs are committed and must stay so: the publisher (after commit) must not fail for an alert
            log.error("job alert: batch {} ({} jobs) sent no digest", event.batchKey(), event.jobIds().size(), e);
        }
    }

    private void handle(JobsOpened event) {
        // only what is still open: a job closed since the commit alerts nobody
        List<OpenedJob> opened = jobs.openAmong(event.jobIds(), LocalDate.now(clock)).stream().map(OpenedJob::of).toList();
        if (opened.isEmpty()) {
            return;
        }
        if (window.isOn()) {
            window.queue(opened);
        } else {
            digests.send(event.batchKey(), opened);
        }
    }
}
