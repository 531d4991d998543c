package cn.dengkou.bizservice.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Newly opened jobs (published after their commit) become job-alert digests. */
@Component
class JobAlertListener {

    private static final Logger log = LoggerFactory.getLogger(JobAlertListener.class);

    private final JobMapper jobs;
    private final JobAlertDigests digests;
    private final Clock clock;

    JobAlertListener(JobMapper jobs, JobAlertDigests digests, Clock clock) {
        this.jobs = jobs;
        this.digests = digests;
        this.clock = clock;
    }

    @EventListener
    void on(JobsOpened event) {
        try {
            // only what is still open: a job closed since the commit alerts nobody
            List<OpenedJob> opened = jobs.openAmong(event.jobIds(), LocalDate.now(clock)).stream()
                    .map(j -> new OpenedJob(j.getId(), j.getCounty(), j.getTownship(), j.getIndustry(), j.getJobType(),
                            j.getTitle()))
                    .toList();
            if (!opened.isEmpty()) {
                digests.send(event.batchKey(), opened);
            }
        } catch (RuntimeException e) {
            // the jobs are committed and must stay so: the publisher (after commit) must not fail for an alert
            log.error("job alert: batch {} ({} jobs) sent no digest", event.batchKey(), event.jobIds().size(), e);
        }
    }
}
