package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** An owner's own tickets: read, reopen within the window, rate once. Anyone else's ticket is 404. */
@Service
class OwnerTickets {

    record FeedbackReopenRequest(@Size(max = 500, message = "不能超过500个字") String reason) {
    }

    record FeedbackRatingRequest(@NotNull(message = "不能为空") @Min(value = 1, message = "评分须在1到5之间")
                         @Max(value = 5, message = "评分须在1到5之间") Integer score,
                         @Size(max = 500, message = "不能超过500个字") String comment) {
    }

    private final TicketMapper tickets;
    private final TicketViews views;
    private final AuditTrail audit;
    private final FeedbackProperties props;
    private final Clock clock;

    OwnerTickets(TicketMapper tickets, TicketViews views, AuditTrail audit, FeedbackProperties props, Clock clock) {
        this.tickets = tickets;
        this.views = views;
        this.audit = audit;
        this.props = props;
        this.clock = clock;
    }

    PageResult<TicketViews.FeedbackItem> list(AuthUser owner, PageQuery page) {
        return PageResult.of(tickets.ofOwner(owner.id(), page.toPage()), views::ownerItem);
    }

    TicketViews.FeedbackDetail get(long id, AuthUser owner) {
        return views.owner(own(id, owner));
    }

    @Transactional
    TicketViews.FeedbackDetail reopen(long id, FeedbackReopenRequest r, AuthUser owner) {
        Ticket t = own(id, owner);
        LocalDateTime now = LocalDateTime.now(clock);
        if (t.statusValue() != FeedbackStatus.RESOLVED) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "只有已办结的诉求可以重新打开");
        }
        if (now.isAfter(views.reopenUntil(t))) {
            throw new ApiException(ErrorCode.FEEDBACK_REOPEN_EXPIRED);
        }
        if (!tickets.move(id, FeedbackTransition.REOPEN, now, w -> w.setSql("reopened_count = reopened_count + 1"))) {
            throw new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        if (r.reason() != null && !r.reason().isBlank()) {
            detail.put("reason", r.reason().strip());
        }
        audit.record(Ticket.KIND, id, t.getCounty(), owner.id(), TicketAuditTrail.REOPEN, detail, now);
        return views.owner(tickets.selectById(id));
    }

    @Transactional
    TicketViews.FeedbackDetail rate(long id, FeedbackRatingRequest r, AuthUser owner) {
        Ticket t = own(id, owner);
        LocalDateTime now = LocalDateTime.now(clock);
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        boolean rated = tickets.move(id, FeedbackTransition.RATE, now, w -> w.isNull(Ticket::getRating)
                .set(Ticket::getRating, r.score()).set(Ticket::getRatingComment, comment)
                .set(Ticket::getRatedAt, now).set(Ticket::getClosedAt, now));
        if (!rated) {
            Ticket current = tickets.selectById(id);
            throw current.getRating() != null ? new ApiException(ErrorCode.FEEDBACK_ALREADY_RATED)
                    : new ApiException(ErrorCode.FEEDBACK_STATE_CONFLICT, "诉求办结后才能评价");
        }
        audit.record(Ticket.KIND, id, t.getCounty(), owner.id(), TicketAuditTrail.RATE, Map.of("score", r.score()), now);
        return views.owner(tickets.selectById(id));
    }

    private Ticket own(long id, AuthUser owner) {
        Ticket t = tickets.selectById(id);
        if (t == null || t.getOwnerId() != owner.id()) {
            throw new ApiException(ErrorCode.FEEDBACK_NOT_FOUND);
        }
        return t;
    }
}
