package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.StaffScope;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Staff handle tickets: triage (assign, transfer), replies, internal notes, resolution; every action audited. */
@Service
class TicketHandling {

    /** {@code department} null = the category's default. */
    record FeedbackAssignRequest(@Size(max = 40) String department, @Size(max = 500, message = "不能超过500个字") String reason) {
    }

    record FeedbackTransferRequest(@NotBlank(message = "不能为空") @Size(max = 40) String department,
                           @NotBlank(message = "请填写转办理由") @Size(max = 500, message = "不能超过500个字") String reason) {
    }

    record FeedbackTextRequest(@NotBlank(message = "不能为空") @Size(max = 2000, message = "不能超过2000个字") String content) {
    }

    record FeedbackResolveRequest(@NotBlank(message = "请填写办理结果") @Size(max = 2000, message = "不能超过2000个字") String resolution) {
    }

    record FeedbackContact(@Schema(nullable = true) String contactPhone) {
    }

    private final TicketMapper tickets;
    private final TicketMessageMapper messages;
    private final FeedbackCategoryMapper categories;
    private final TicketViews views;
    private final TicketPushes pushes;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final Clock clock;

    TicketHandling(TicketMapper tickets, TicketMessageMapper messages, FeedbackCategoryMapper categories,
                   TicketViews views, TicketPushes pushes, Dictionaries dictionaries, AuditTrail audit, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.categories = categories;
        this.views = views;
        this.pushes = pushes;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.clock = clock;
    }

    PageResult<TicketViews.FeedbackStaffItem> list(TicketFilter f, PageQuery page, AuthUser user) {
        StaffScope scope = TicketAccess.scope(user);
        if (f.department() != null && !scope.coversDepartment(f.department())) {
            throw new ApiException(ErrorCode.FEEDBACK_DEPARTMENT_FORBIDDEN);
        }
        Set<String> counties = scope.countiesFor(f.county());
        if (counties != null && counties.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        LocalDate overdueOn = Boolean.TRUE.equals(f.overdue()) ? LocalDate.now(clock) : null;
        return PageResult.of(tickets.staffPage(f, counties, scope.department(), overdueOn, page.toPage()),
                views::staffItem);
    }

    TicketViews.FeedbackStaffDetail get(long id, AuthUser user) {
        return views.staff(TicketAccess.handled(tickets, id, user), user);
    }

    @Transactional
    TicketViews.FeedbackStaffDetail assign(long id, FeedbackAssignRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, id, user); // another county's ticket: 404 before the role rule
        TicketAccess.requireTriage(user);
        String department = r.department() == null || r.department().isBlank() ? defaultDepartment(t) : r.department();
        requireDepartment(department);
        move(t, FeedbackTransition.ASSIGN, w -> w.set(Ticket::getDepartment, department));
        record(t, user, TicketAuditTrail.ASSIGN, detail("from", t.getDepartment(), "to", department, "reason", r.reason()));
        return get(id, user);
    }

    @Transactional
    TicketViews.FeedbackStaffDetail transfer(long id, FeedbackTransferRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, id, user); // another county's ticket: 404 before the role rule
        TicketAccess.requireTriage(user);
        requireDepartment(r.department());
        if (r.department().equals(t.getDepartment())) {
            throw ApiException.invalidFields(Map.of("department", "已在该部门办理"));
        }
        move(t, FeedbackTransition.TRANSFER, w -> w.set(Ticket::getDepartment, r.department()));
        record(t, user, TicketAuditTrail.TRANSFER,
                detail("from", t.getDepartment(), "to", r.department(), "reason", r.reason().strip()));
        return get(id, user);
    }

    @Transactional
    TicketViews.FeedbackStaffDetail reply(long id, FeedbackTextRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, id, user);
        LocalDateTime now = LocalDateTime.now(clock);
        move(t, FeedbackTransition.REPLY, w -> w.setSql("first_responded_at = COALESCE(first_responded_at, {0})", now));
        long messageId = addMessage(t, TicketMessage.REPLY, r.content(), user, now);
        record(t, user, TicketAuditTrail.REPLY, detail("messageId", messageId));
        pushes.replied(t, r.content().strip(), user);
        return get(id, user);
    }

    /** Internal: never shown to the owner. Any status but CLOSED. */
    @Transactional
    TicketViews.FeedbackStaffDetail note(long id, FeedbackTextRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, id, user);
        if (t.statusValue() == FeedbackStatus.CLOSED) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "诉求已关闭");
        }
        long messageId = addMessage(t, TicketMessage.NOTE, r.content(), user, LocalDateTime.now(clock));
        record(t, user, TicketAuditTrail.NOTE, detail("messageId", messageId));
        return get(id, user);
    }

    @Transactional
    TicketViews.FeedbackStaffDetail resolve(long id, FeedbackResolveRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, id, user);
        LocalDateTime now = LocalDateTime.now(clock);
        String resolution = r.resolution().strip();
        move(t, FeedbackTransition.RESOLVE, w -> w.set(Ticket::getResolution, resolution).set(Ticket::getResolvedAt, now)
                .setSql("first_responded_at = COALESCE(first_responded_at, {0})", now));
        record(t, user, TicketAuditTrail.RESOLVE, Map.of());
        pushes.resolved(t, resolution, user);
        return get(id, user);
    }

    /** The contact phone unmasked, for whoever may see who the owner is; every look is audited. */
    @Transactional
    FeedbackContact contact(long id, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, id, user);
        if (!TicketAccess.seesIdentity(user, t)) {
            throw new ApiException(ErrorCode.FEEDBACK_DEPARTMENT_FORBIDDEN, "诉求人要求对部门隐藏身份");
        }
        record(t, user, TicketAuditTrail.VIEW_CONTACT, Map.of());
        return new FeedbackContact(t.getContactPhone());
    }

    private void move(Ticket t, FeedbackTransition move, Consumer<LambdaUpdateWrapper<Ticket>> sets) {
        if (!move.allowedFrom(t.statusValue()) || !tickets.move(t.getId(), move, LocalDateTime.now(clock), sets)) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT);
        }
    }

    private long addMessage(Ticket t, String kind, String content, AuthUser user, LocalDateTime now) {
        TicketMessage m = new TicketMessage();
        m.setTicketId(t.getId());
        m.setKind(kind);
        m.setAuthorId(user.id());
        m.setDepartment(user.department() != null ? user.department() : t.getDepartment());
        m.setContent(content.strip());
        m.setCreatedAt(now);
        messages.insert(m);
        return m.getId();
    }

    private void record(Ticket t, AuthUser user, TicketAuditTrail action, Map<String, ?> detail) {
        audit.record(Ticket.KIND, t.getId(), t.getCounty(), user.id(), action, detail, LocalDateTime.now(clock));
    }

    private String defaultDepartment(Ticket t) {
        FeedbackCategory c = categories.selectById(t.getCategory());
        return c == null ? t.getDepartment() : c.getDepartment();
    }

    private void requireDepartment(String code) {
        if (!dictionaries.contains(Dictionaries.DEPARTMENTS, code)) {
            throw ApiException.invalidFields(Map.of("department", "部门无效：" + code));
        }
    }

    /** Key/value pairs, leaving out null values. */
    static Map<String, Object> detail(Object... pairs) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                d.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return d;
    }
}
