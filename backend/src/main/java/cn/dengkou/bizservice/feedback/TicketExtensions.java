package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Extensions (延期): the department asks for a later resolution due date with a reason; the association grants it
 * (the ticket's due date moves, the original stays on the ticket and both dates on the request) or refuses it.
 */
@Service
class TicketExtensions {

    record FeedbackExtensionRequest(@NotNull(message = "不能为空") LocalDate requestedDue,
                                    @NotBlank(message = "请填写延期理由") @Size(max = 500, message = "不能超过500个字") String reason) {
    }

    record FeedbackDecisionRequest(@Size(max = 500, message = "不能超过500个字") String note) {
    }

    record FeedbackExtension(long id, String status, String reason, LocalDate previousDue, LocalDate requestedDue,
                             long requestedBy, LocalDateTime requestedAt, @Schema(nullable = true) Long decidedBy,
                             @Schema(nullable = true) LocalDateTime decidedAt, @Schema(nullable = true) String decisionNote) {
        static FeedbackExtension of(TicketExtension e) {
            return new FeedbackExtension(e.getId(), e.getStatus(), e.getReason(), e.getPreviousDue(), e.getRequestedDue(),
                    e.getRequestedBy(), e.getRequestedAt(), e.getDecidedBy(), e.getDecidedAt(), e.getDecisionNote());
        }
    }

    private final TicketMapper tickets;
    private final TicketExtensionMapper extensions;
    private final AuditTrail audit;
    private final Clock clock;

    TicketExtensions(TicketMapper tickets, TicketExtensionMapper extensions, AuditTrail audit, Clock clock) {
        this.tickets = tickets;
        this.extensions = extensions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    FeedbackExtension request(long ticketId, FeedbackExtensionRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, ticketId, user);
        if (!TicketMapper.OPEN.contains(t.getStatus())) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "只有办理中的诉求可以申请延期");
        }
        if (!r.requestedDue().isAfter(t.getResolutionDue())) {
            throw ApiException.invalidFields(Map.of("requestedDue", "须晚于当前办结期限 " + t.getResolutionDue()));
        }
        if (extensions.hasPending(ticketId)) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "已有待审批的延期申请");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        TicketExtension e = new TicketExtension();
        e.setTicketId(ticketId);
        e.setReason(r.reason().strip());
        e.setRequestedDue(r.requestedDue());
        e.setPreviousDue(t.getResolutionDue());
        e.setStatus(TicketExtensionMapper.PENDING);
        e.setRequestedBy(user.id());
        e.setRequestedAt(now);
        extensions.insert(e);
        audit.record(Ticket.KIND, ticketId, t.getCounty(), user.id(), TicketAuditTrail.EXTENSION_REQUEST,
                Map.of("extensionId", e.getId(), "requestedDue", r.requestedDue().toString(), "reason", e.getReason()), now);
        return FeedbackExtension.of(e);
    }

    /** Grant: the ticket's resolution due date becomes the requested one and its reminder is due again. */
    @Transactional
    FeedbackExtension decide(long ticketId, long extensionId, boolean grant, FeedbackDecisionRequest r, AuthUser user) {
        Ticket t = TicketAccess.handled(tickets, ticketId, user); // another county's ticket: 404 before the role rule
        TicketAccess.requireTriage(user);
        TicketExtension e = extensions.selectById(extensionId);
        if (e == null || e.getTicketId() != ticketId) {
            throw new ApiException(ErrorCode.NOT_FOUND, "延期申请不存在");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String note = r == null || r.note() == null || r.note().isBlank() ? null : r.note().strip();
        if (!extensions.decide(extensionId, grant ? "GRANTED" : "REFUSED", user.id(), note, now)) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "该延期申请已处理");
        }
        if (grant) {
            tickets.update(null, new LambdaUpdateWrapper<Ticket>().eq(Ticket::getId, ticketId)
                    .set(Ticket::getResolutionDue, e.getRequestedDue()).set(Ticket::getResolutionRemindedOn, null)
                    .set(Ticket::getUpdatedAt, now));
        }
        audit.record(Ticket.KIND, ticketId, t.getCounty(), user.id(),
                grant ? TicketAuditTrail.EXTENSION_GRANT : TicketAuditTrail.EXTENSION_REFUSE,
                Map.of("extensionId", extensionId, "from", e.getPreviousDue().toString(), "to", e.getRequestedDue().toString()),
                now);
        return FeedbackExtension.of(extensions.selectById(extensionId));
    }
}
