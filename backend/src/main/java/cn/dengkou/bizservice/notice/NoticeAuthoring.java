package cn.dengkou.bizservice.notice;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.Role;
import cn.dengkou.bizservice.common.StaffScope;
import cn.dengkou.bizservice.notice.NoticeAuditTrail.Action;
import cn.dengkou.bizservice.targeting.Audience;
import cn.dengkou.bizservice.search.TermIndex;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Staff write notices: create and edit drafts, find them, read their audit trail. */
@Service
class NoticeAuthoring {

    private static final Logger log = LoggerFactory.getLogger(NoticeAuthoring.class);
    static final String CATEGORIES = "notice-categories";

    private final NoticeMapper notices;
    private final NoticeAudiences audiences;
    private final AuditTrail audit;
    private final TermIndex terms;
    private final Dictionaries dictionaries;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    NoticeAuthoring(NoticeMapper notices, NoticeAudiences audiences, AuditTrail audit, TermIndex terms,
                    Dictionaries dictionaries, ObjectMapper json, TransactionTemplate tx, Clock clock) {
        this.notices = notices;
        this.audiences = audiences;
        this.audit = audit;
        this.terms = terms;
        this.dictionaries = dictionaries;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    NoticeViews.Created create(NoticeRequest r, AuthUser staff) {
        NoticeAccess.requireManage(staff, r.departments());
        NoticeCounties.requireOwnCounties(staff, r.audience());
        NoticeBody body = check(r, staff, null);
        LocalDateTime now = LocalDateTime.now(clock);
        Notice n = new Notice();
        fill(n, r, body);
        n.setStatus(NoticeStatus.DRAFT.name());
        n.setAuthorDepartment(staff.has(Role.DEPARTMENT) ? staff.department() : null);
        n.setCounty(staff.county());
        n.setCreatedBy(staff.id());
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        tx.executeWithoutResult(s -> {
            notices.insert(n);
            writeRelations(n.getId(), r);
            terms.index(Notice.KIND, n.getId(), n.getTitle(), n.getSummary(), n.getBodyText());
            audit.record(Notice.KIND, n.getId(), n.getCounty(), staff.id(), Action.CREATE, snapshot(n, r.departments(), r.attachments()), now);
        });
        log.info("notice {} created by staff {}", n.getId(), staff.id());
        return new NoticeViews.Created(n.getId(), n.getStatus());
    }

    /** Replaces the whole notice; only a DRAFT can be edited. */
    NoticeViews.Staff update(long id, NoticeRequest r, AuthUser staff) {
        Notice current = NoticeAccess.manageable(notices, id, staff);
        NoticeAccess.requireManage(staff, r.departments(), current.getCounty());
        NoticeCounties.requireOwnCounties(staff, r.audience());
        NoticeBody body = check(r, staff, id);
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            Notice locked = notices.lockById(id);
            if (!locked.is(NoticeStatus.DRAFT)) {
                throw stateConflict(locked, "只有草稿可以修改，请先退回为草稿");
            }
            Map<String, Object> before = snapshot(locked, notices.departmentsOf(id), notices.attachmentIds(id));
            fill(locked, r, body);
            locked.setUpdatedBy(staff.id());
            locked.setUpdatedAt(now);
            notices.updateContent(locked);
            writeRelations(id, r);
            terms.index(Notice.KIND, id, locked.getTitle(), locked.getSummary(), locked.getBodyText());
            Map<String, Object> changes = AuditTrail.diff(before, snapshot(locked, r.departments(), r.attachments()));
            audit.record(Notice.KIND, id, locked.getCounty(), staff.id(), Action.UPDATE, changes, now);
        });
        log.info("notice {} updated by staff {}", id, staff.id());
        return get(id, staff);
    }

    NoticeViews.Staff get(long id, AuthUser staff) {
        Notice n = NoticeAccess.visibleToStaff(notices, id, staff);
        List<String> departments = notices.departmentsOf(id);
        NoticeAccess.requireManage(staff, departments, n.getCounty());
        return new NoticeViews.Staff(n.getId(), n.getTitle(), n.getSummary(), n.getBody(), n.getCategory(),
                dictionaries.nameOf(CATEGORIES, n.getCategory()), departments, audienceOf(n), n.getValidFrom(),
                n.getValidTo(), attachments(id), n.getStatus(), NoticeStatus.valueOf(n.getStatus()).label,
                n.getAuthorDepartment(), n.getCreatedBy(), n.getUpdatedBy(), n.getSubmittedBy(), n.getSubmittedAt(),
                n.getApprovedBy(), n.getApprovedAt(), n.getRejectedBy(), n.getRejectedAt(), n.getRejectReason(),
                n.getPublishedBy(), n.getScheduledAt(), n.getPublishedAt(), n.getWithdrawnBy(), n.getWithdrawnAt(),
                n.getPushTaskId(), n.getAudienceSize(), n.getCreatedAt(), n.getUpdatedAt());
    }

    PageResult<NoticeViews.StaffItem> list(NoticeFilter filter, PageQuery page, AuthUser staff) {
        StaffScope scope = NoticeAccess.scope(staff);
        if (filter.department() != null && !scope.coversDepartment(filter.department())) {
            throw new ApiException(ErrorCode.NOTICE_DEPARTMENT_FORBIDDEN);
        }
        IPage<Notice> found = notices.staffPage(filter, scope.department(), scope.counties(), page.toPage());
        Map<Long, List<String>> depts = notices.departmentsByNotice(found.getRecords().stream().map(Notice::getId).toList());
        return PageResult.of(found, n -> new NoticeViews.StaffItem(n.getId(), n.getTitle(), n.getSummary(),
                n.getCategory(), dictionaries.nameOf(CATEGORIES, n.getCategory()),
                depts.getOrDefault(n.getId(), List.of()), n.getStatus(), NoticeStatus.valueOf(n.getStatus()).label,
                n.getCreatedBy(), n.getApprovedBy(), n.getScheduledAt(), n.getPublishedAt(), n.getValidFrom(),
                n.getValidTo(), n.getPushTaskId(), n.getUpdatedAt()));
    }

    List<NoticeAuditTrail.Entry> auditTrail(long id, AuthUser staff) {
        NoticeAccess.visibleToStaff(notices, id, staff);
        return audit.entries(Notice.KIND, id).stream().map(NoticeAuditTrail.Entry::of).toList();
    }

    /** Every refusal of the request's content at once, as field errors; returns the sanitized body. */
    private NoticeBody check(NoticeRequest r, AuthUser staff, Long noticeId) {
        Map<String, String> errors = new LinkedHashMap<>();
        NoticeBody body = NoticeBody.sanitize(r.body());
        if (body.isBlank()) {
            errors.put("body", "正文没有可显示的内容");
        }
        dictionaries.check(CATEGORIES, "category", Collections.singletonList(r.category()), errors);
        dictionaries.check(Dictionaries.DEPARTMENTS, "departments", r.departments(), errors);
        audiences.check(r.audience(), "audience", errors);
        if (r.validFrom() != null && r.validTo() != null && !r.validTo().isAfter(r.validFrom())) {
            errors.put("validTo", "有效期截止时间必须晚于开始时间");
        }
        checkAttachments(r.attachments(), staff, noticeId, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        return body;
    }

    /**
     * Each id must be an upload of the staff member's counties (another county's answers as if it did not exist);
     * DEPARTMENT staff may attach only their own uploads (or keep what the notice already has), so nobody publishes
     * a file they could not read.
     */
    private void checkAttachments(List<Long> ids, AuthUser staff, Long noticeId, Map<String, String> errors) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Object>> files = new HashMap<>();
        notices.fileUploaders(ids).forEach(row -> files.put(((Number) row.get("id")).longValue(), row));
        Set<Long> kept = noticeId == null ? Set.of() : Set.copyOf(notices.attachmentIds(noticeId));
        StaffScope scope = NoticeAccess.scope(staff);
        boolean anyFile = scope.department() == null;
        List<String> bad = ids.stream().filter(id -> {
            Map<String, Object> f = files.get(id);
            if (f == null) {
                return true;
            }
            boolean own = Objects.equals(((Number) f.get("uploadedBy")).longValue(), staff.id());
            return !kept.contains(id) && !own && !(anyFile && scope.coversCounty((String) f.get("county")));
        }).map(String::valueOf).toList();
        if (!bad.isEmpty()) {
            errors.put("attachments", "附件不存在：" + String.join("、", bad));
        }
    }

    private void fill(Notice n, NoticeRequest r, NoticeBody body) {
        n.setTitle(r.title());
        n.setSummary(r.summary());
        n.setBody(body.html());
        n.setBodyText(body.text());
        n.setCategory(r.category());
        n.setAudience(write(r.audience()));
        n.setValidFrom(r.validFrom());
        n.setValidTo(r.validTo());
    }

    private void writeRelations(long id, NoticeRequest r) {
        notices.clearDepartments(id);
        notices.addDepartments(id, r.departments());
        notices.clearTargets(id);
        List<NoticeAudiences.Target> targets = NoticeAudiences.targetRows(r.audience());
        if (!targets.isEmpty()) {
            notices.addTargets(id, targets);
        }
        notices.clearAttachments(id);
        if (!r.attachments().isEmpty()) {
            notices.addAttachments(id, r.attachments());
        }
    }

    /** The audited fields of a notice, JSON-ready. */
    private Map<String, Object> snapshot(Notice n, List<String> departments, List<Long> attachments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", n.getTitle());
        m.put("summary", n.getSummary());
        m.put("body", n.getBody());
        m.put("category", n.getCategory());
        m.put("departments", List.copyOf(departments).stream().sorted().toList());
        m.put("audience", json.convertValue(audienceOf(n), Map.class));
        m.put("validFrom", n.getValidFrom() == null ? null : n.getValidFrom().toString());
        m.put("validTo", n.getValidTo() == null ? null : n.getValidTo().toString());
        m.put("attachments", List.copyOf(attachments));
        return m;
    }

    private List<NoticeViews.Attachment> attachments(long id) {
        return notices.attachmentRows(id).stream().map(NoticeViews.Attachment::of).toList();
    }

    Audience audienceOf(Notice n) {
        try {
            return json.readValue(n.getAudience(), Audience.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice audience is not valid JSON", e);
        }
    }

    private String write(Audience a) {
        try {
            return json.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize notice audience", e);
        }
    }

    static ApiException stateConflict(Notice n, String what) {
        return new ApiException(ErrorCode.NOTICE_STATE_CONFLICT,
                "该公告" + NoticeStatus.valueOf(n.getStatus()).label + "，" + what);
    }
}
