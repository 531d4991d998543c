package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A logged-in user asks for an open job's full contact: each reveal is a row of {@code job_contact_reveal}, one more
 * on the job's count, and an entry of the audit trail (who saw whose number; the number itself masked there).
 */
@Service
class JobContact {

    private static final Logger log = LoggerFactory.getLogger(JobContact.class);

    private final JobMapper jobs;
    private final JobListing listing;
    private final AuditTrail audit;
    private final Clock clock;

    JobContact(JobMapper jobs, JobListing listing, AuditTrail audit, Clock clock) {
        this.jobs = jobs;
        this.listing = listing;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    JobViews.Contact reveal(long id, AuthUser user) {
        listing.get(id, user); // the same 404 as the detail: closed, expired or another county's
        Job j = jobs.selectById(id);
        LocalDateTime now = LocalDateTime.now(clock);
        jobs.recordReveal(j.getCounty(), id, user.id(), now);
        jobs.countReveal(id);
        audit.record(Job.KIND, id, j.getCounty(), user.id(), JobAuditAction.REVEAL_CONTACT,
                Map.of("employer", j.getEmployer(), "contactPhone", PhoneNumbers.mask(j.getContactPhone())), now);
        log.info("job {} contact revealed to user {}", id, user.id());
        return new JobViews.Contact(j.getContactName(), j.getContactPhone());
    }
}
