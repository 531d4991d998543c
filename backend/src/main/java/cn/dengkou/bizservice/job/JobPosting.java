package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Staff create, edit, close and mark jobs filled; every change is audited in its transaction. */
@Service
class JobPosting {

    static final String MANUAL = "MANUAL";

    private final JobMapper jobs;
    private final JobAccess access;
    private final JobRules rules;
    private final JobWriter writer;
    private final AuditTrail audit;
    private final Dictionaries dictionaries;
    private final Clock clock;

    JobPosting(JobMapper jobs, JobAccess access, JobRules rules, JobWriter writer, AuditTrail audit,
               Dictionaries dictionaries, Clock clock) {
        this.jobs = jobs;
        this.access = access;
        this.rules = rules;
        this.writer = writer;
        this.audit = audit;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /** One job per county it is published to (prefecture staff may name several). */
    @Transactional
    JobViews.Created create(JobRequest request, AuthUser staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> counties = access.publishCounties(staff, request.counties());
        List<Long> ids = new ArrayList<>();
        for (String county : counties) {
            JobDraft draft = valid(request.draft(county), now.toLocalDate());
            Job j = writer.insert(draft, MANUAL, null, staff.id(), now);
            audit.record(Job.KIND, j.getId(), county, staff.id(), JobAuditAction.CREATE, Map.of(), now);
            ids.add(j.getId());
        }
        writer.opened(ids, "job:" + ids.get(0));
        return new JobViews.Created(ids.get(0), JobStatus.OPEN.name(), ids);
    }

    /** Replaces the content of an OPEN or EXPIRED job; an expired one with a date still ahead is open again. */
    @Transactional
    JobViews.Staff update(long id, JobRequest request, AuthUser staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        Job j = access.manageable(id, staff);
        JobStatus status = JobStatus.valueOf(j.getStatus());
        if (status != JobStatus.OPEN && status != JobStatus.EXPIRED) {
            throw conflict(status, "只能修改招聘中或已过期的岗位");
        }
        JobDraft before = JobDraft.of(j);
        JobDraft draft = valid(request.draft(j.getCounty()), now.toLocalDate());
        writer.update(j, draft, staff.id(), now);
        audit.record(Job.KIND, id, j.getCounty(), staff.id(), JobAuditAction.UPDATE,
                AuditTrail.diff(before.auditFields(), draft.auditFields()), now);
        if (status == JobStatus.EXPIRED && jobs.transition(id, JobTransition.REOPEN, now,
                w -> w.set(Job::getPublishedAt, now).set(Job::getClosedAt, null))) {
            audit.record(Job.KIND, id, j.getCounty(), staff.id(), JobAuditAction.REOPEN, Map.of(), now);
            writer.opened(List.of(id), "job:" + id + ":" + now.toLocalDate());
        }
        return JobViews.Staff.of(jobs.selectById(id), dictionaries);
    }

    @Transactional
    JobViews.Staff close(long id, AuthUser staff) {
        return move(id, JobTransition.CLOSE, JobAuditAction.CLOSE, staff);
    }

    @Transactional
    JobViews.Staff fill(long id, AuthUser staff) {
        return move(id, JobTransition.FILL, JobAuditAction.FILL, staff);
    }

    JobViews.Staff get(long id, AuthUser staff) {
        return JobViews.Staff.of(access.manageable(id, staff), dictionaries);
    }

    List<AuditTrail.Entry> auditTrail(long id, AuthUser staff) {
        access.manageable(id, staff);
        return audit.entries(Job.KIND, id);
    }

    private JobViews.Staff move(long id, JobTransition t, JobAuditAction action, AuthUser staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        Job j = access.manageable(id, staff);
        if (!jobs.transition(id, t, now, w -> w.set(Job::getUpdatedBy, staff.id()).set(Job::getClosedAt, now))) {
            throw conflict(JobStatus.valueOf(jobs.selectById(id).getStatus()), null);
        }
        audit.record(Job.KIND, id, j.getCounty(), staff.id(), action, Map.of(), now);
        return JobViews.Staff.of(jobs.selectById(id), dictionaries);
    }

    private JobDraft valid(JobDraft draft, LocalDate today) {
        Map<String, String> errors = rules.check(draft, today);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        return draft;
    }

    static ApiException conflict(JobStatus status, String hint) {
        return new ApiException(ErrorCode.JOB_STATE_CONFLICT, "岗位当前状态为「" + status.label + "」"
                + (hint == null ? "，不允许此操作" : "：" + hint));
    }
}
