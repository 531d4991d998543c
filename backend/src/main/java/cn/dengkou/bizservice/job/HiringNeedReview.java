package cn.dengkou.bizservice.job;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.business.OwnedBusinesses;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.StaffScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.dengkou.bizservice.common.QueryParams.orNull;

/**
 * HR reviews hiring needs of its counties: approve publishes one job per position, linked to the business (HR may
 * set type, industry, valid-until and texts first), reject needs a reason; the owner is told either way. A need HR
 * cannot fill locally is marked for outside labour cooperation (劳务合作) with a note.
 */
@Service
class HiringNeedReview {

    static final String SOURCE = "HIRING_NEED";

    /** What HR may set before the jobs are published; all optional. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "HiringNeedApproval")
    record Approval(String type, String industry, LocalDate validUntil, String requirements, String benefits) {
    }

    private final HiringNeedMapper needs;
    private final JobAccess access;
    private final JobRules rules;
    private final JobWriter writer;
    private final JobMapper jobs;
    private final HiringNeedNotice notice;
    private final OwnedBusinesses businesses;
    private final AuditTrail audit;
    private final Dictionaries dictionaries;
    private final Clock clock;

    HiringNeedReview(HiringNeedMapper needs, JobAccess access, JobRules rules, JobWriter writer, JobMapper jobs,
                     HiringNeedNotice notice, OwnedBusinesses businesses, AuditTrail audit, Dictionaries dictionaries,
                     Clock clock) {
        this.needs = needs;
        this.access = access;
        this.rules = rules;
        this.writer = writer;
        this.jobs = jobs;
        this.notice = notice;
        this.businesses = businesses;
        this.audit = audit;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    PageResult<HiringNeedView> list(HiringNeedStatus status, String county, PageQuery page, AuthUser staff) {
        Set<String> counties = access.scope(staff).countiesFor(orNull(county));
        if (counties != null && counties.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResult.of(needs.staffPage(status, counties, page.toPage()),
                n -> HiringNeedView.of(n, needs.positions(n.getId()), dictionaries));
    }

    HiringNeedView get(long id, AuthUser staff) {
        return view(manageable(id, staff));
    }

    @Transactional
    HiringNeedView approve(long id, Approval a, AuthUser staff) {
        HiringNeed n = manageable(id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        var business = businesses.findForOwner(n.getOwnerId());
        String employer = business == null ? null : business.name();
        List<HiringNeedPosition> positions = needs.positions(id);
        Map<String, String> errors = new LinkedHashMap<>();
        List<JobDraft> drafts = new ArrayList<>();
        for (HiringNeedPosition p : positions) {
            JobDraft d = new JobDraft(n.getCounty(), p.getTitle(), employer, n.getTownship(),
                    orNull(a.industry()), a.type() == null ? "FULL_TIME" : a.type(), p.getHeadcount(), p.getSalaryMin(),
                    p.getSalaryMax(), p.getSalaryMin() == null && p.getSalaryMax() == null, orNull(a.requirements()),
                    orNull(a.benefits()), n.getDescription(), n.getContactName(), n.getContactPhone(),
                    a.validUntil() == null ? n.getDeadline() : a.validUntil());
            rules.check(d, now.toLocalDate()).forEach(errors::putIfAbsent);
            drafts.add(d);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        if (!needs.transition(id, HiringNeedStatus.Move.APPROVE, now,
                w -> w.set(HiringNeed::getReviewedBy, staff.id()).set(HiringNeed::getReviewedAt, now))) {
            throw conflict(id);
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Job j = writer.insert(drafts.get(i), SOURCE, id + "-" + positions.get(i).getId(), staff.id(), now);
            jobs.linkToNeed(j.getId(), n.getBusinessId(), id);
            needs.linkJob(positions.get(i).getId(), j.getId());
            audit.record(Job.KIND, j.getId(), n.getCounty(), staff.id(), JobAuditAction.CREATE, Map.of("hiringNeed", id), now);
            ids.add(j.getId());
        }
        audit.record(HiringNeed.KIND, id, n.getCounty(), staff.id(), HiringNeedStatus.Move.APPROVE, Map.of("jobs", ids), now);
        writer.opened(ids, "need:" + id);
        notice.approved(n, ids.size(), staff.id(), now);
        return view(needs.selectById(id));
    }

    @Transactional
    HiringNeedView reject(long id, String reason, AuthUser staff) {
        HiringNeed n = manageable(id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!needs.transition(id, HiringNeedStatus.Move.REJECT, now, w -> w.set(HiringNeed::getReviewedBy, staff.id())
                .set(HiringNeed::getReviewedAt, now).set(HiringNeed::getRejectReason, reason))) {
            throw conflict(id);
        }
        audit.record(HiringNeed.KIND, id, n.getCounty(), staff.id(), HiringNeedStatus.Move.REJECT, Map.of("reason", reason), now);
        notice.rejected(n, reason, staff.id(), now);
        return view(needs.selectById(id));
    }

    /** Marks (or with {@code on=false} unmarks) the need for outside labour cooperation (劳务合作). */
    @Transactional
    HiringNeedView labourCooperation(long id, boolean on, String note, AuthUser staff) {
        HiringNeed n = manageable(id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        needs.update(null, new com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper<HiringNeed>()
                .eq(HiringNeed::getId, id).set(HiringNeed::getLabourCooperation, on)
                .set(HiringNeed::getLabourNote, on ? orNull(note) : null).set(HiringNeed::getUpdatedAt, now));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("on", on);
        detail.put("note", on ? orNull(note) : null);
        audit.record(HiringNeed.KIND, id, n.getCounty(), staff.id(), LabourAction.LABOUR_COOPERATION, detail, now);
        return view(needs.selectById(id));
    }

    private enum LabourAction { LABOUR_COOPERATION }

    private HiringNeed manageable(long id, AuthUser staff) {
        StaffScope scope = access.scope(staff);
        HiringNeed n = needs.selectById(id);
        if (n == null || !scope.coversCounty(n.getCounty())) {
            throw new ApiException(ErrorCode.HIRING_NEED_NOT_FOUND);
        }
        return n;
    }

    private ApiException conflict(long id) {
        HiringNeedStatus s = HiringNeedStatus.valueOf(needs.selectById(id).getStatus());
        return new ApiException(ErrorCode.HIRING_NEED_STATE_CONFLICT, "用工需求当前状态为「" + s.label + "」，不能再次审核");
    }

    private HiringNeedView view(HiringNeed n) {
        return HiringNeedView.of(n, needs.positions(n.getId()), dictionaries);
    }
}
