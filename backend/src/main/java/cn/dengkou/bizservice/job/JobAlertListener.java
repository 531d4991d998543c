package cn.dengkou.bizservice.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    JobAlertListener(JobMapper jobs, JobAlertDigests digests, JobAlertWindow window, Clock clock) {
        this.jobs = jobs;
        this.digests = digests;
        this.window = window;
        this.clock = clock;
    }

    @EventListener
    void on(JobsOpened event) {
        try {
            // only what is still open: a job closed since the commit alerts nobody
            List<OpenedJob> opened = jobs.openAmong(event.jobIds(), LocalDate.now(clock)).stream()
                    .map(OpenedJob::of).toList();
            if (opened.isEmpty()) {
                return;
            }
            if (window.isOn()) {
                window.queue(opened);
            } else {
                digests.send(event.batchKey(), opened);
            }
        } catch (RuntimeException e) {
            // the jobs are committed and must stay so: the publisher (after commit) must not fail for an alert
            log.error("job alert: batch {} ({} jobs) sent no digest", event.batchKey(), event.jobIds().size(), e);
        }
    }
}
