package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Moves OPEN jobs past their last day to EXPIRED. The public never sees them anyway (the open rule compares
 * valid_until with today), so the sweep only makes the status tell the truth to staff and stats.
 */
@Component
class JobExpiry {

    private static final Logger log = LoggerFactory.getLogger(JobExpiry.class);
    private static final int BATCH = 500;

    private final JobMapper jobs;
    private final AuditTrail audit;
    private final Clock clock;

    JobExpiry(JobMapper jobs, AuditTrail audit, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.job.expiry-poll-millis:600000}", initialDelayString = "${app.job.expiry-poll-millis:600000}")
    void scheduled() {
        sweep();
    }

    /** How many jobs it expired; each by a conditional move, so two instances never expire one twice. */
    int sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int expired = 0;
        List<Long> due;
        do {
            due = jobs.dueToExpire(today, BATCH);
            for (long id : due) {
                if (jobs.transition(id, JobTransition.EXPIRE, now, w -> w.set(Job::getClosedAt, now))) {
                    audit.record(Job.KIND, id, jobs.selectById(id).getCounty(), null, JobAuditAction.EXPIRE, Map.of(), now);
                    expired++;
                }
            }
        } while (due.size() == BATCH);
        if (expired > 0) {
            log.info("job expiry: {} jobs expired", expired);
        }
        return expired;
    }
}
