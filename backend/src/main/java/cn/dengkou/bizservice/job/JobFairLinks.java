package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Map;

/** Linking a job to a job fair (HR and ADMIN of the job's county); each change is in the job's audit trail. */
@Service
class JobFairLinks {

    enum AuditAction { LINK_FAIR, UNLINK_FAIR }

    record LinkRequest(@NotNull(message = "不能为空") @Positive(message = "格式不正确") Long eventId) {
    }

    /** @param eventId the fair, or null when the job is linked to none */
    @Schema(name = "JobFairLink")
    record Link(long jobId, @Schema(nullable = true) Long eventId) {
    }

    private final JobAccess access;
    private final JobFairLinkMapper links;
    private final ObjectProvider<JobFairCheck> fairCheck;
    private final AuditTrail audit;
    private final Clock clock;

    JobFairLinks(JobAccess access, JobFairLinkMapper links, ObjectProvider<JobFairCheck> fairCheck, AuditTrail audit,
                 Clock clock) {
        this.access = access;
        this.links = links;
        this.fairCheck = fairCheck;
        this.audit = audit;
        this.clock = clock;
    }

    Link get(long jobId, AuthUser staff) {
        access.manageable(jobId, staff);
        return new Link(jobId, links.eventOf(jobId));
    }

    @Transactional
    Link link(long jobId, long eventId, AuthUser staff) {
        Job j = access.manageable(jobId, staff);
        JobFairCheck check = fairCheck.getIfAvailable();
        if (check != null && !check.isFairFor(eventId, j.getCounty())) {
            throw ApiException.invalidFields(Map.of("eventId", "不是本区县（旗）的招聘会：" + eventId));
        }
        return change(j, eventId, staff, AuditAction.LINK_FAIR);
    }

    @Transactional
    Link unlink(long jobId, AuthUser staff) {
        return change(access.manageable(jobId, staff), null, staff, AuditAction.UNLINK_FAIR);
    }

    private Link change(Job j, Long eventId, AuthUser staff, AuditAction action) {
        Long before = links.eventOf(j.getId());
        if (!java.util.Objects.equals(before, eventId)) {
            LocalDateTime now = LocalDateTime.now(clock);
            links.link(j.getId(), eventId, now);
            audit.record(Job.KIND, j.getId(), j.getCounty(), staff.id(), action,
                    AuditTrail.diff(Collections.singletonMap("eventId", before), Collections.singletonMap("eventId", eventId)),
                    now);
        }
        return new Link(j.getId(), eventId);
    }
}
