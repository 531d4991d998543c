package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.common.StatusMove;
import cn.dengkou.bizservice.common.StatusMoves;

import java.util.EnumSet;
import java.util.Set;

import static cn.dengkou.bizservice.feedback.FeedbackStatus.ASSIGNED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.CLOSED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.REOPENED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.REPLIED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.RESOLVED;
import static cn.dengkou.bizservice.feedback.FeedbackStatus.SUBMITTED;

/**
 * Every allowed status change of a ticket: the one table. Each database update is conditional on {@link #from}
 * ({@code TicketMapper.move}), so two staff members or instances cannot both win.
 */
enum FeedbackTransition implements StatusMove<FeedbackStatus> {
    /** The association sends a new ticket to a department (the category's default, or another). */
    ASSIGN(EnumSet.of(SUBMITTED), ASSIGNED),
    /** To another department, with a reason; the new department has not answered yet. */
    TRANSFER(EnumSet.of(ASSIGNED, REPLIED, REOPENED), ASSIGNED),
    /** The department answers the owner (again). */
    REPLY(EnumSet.of(ASSIGNED, REPLIED, REOPENED), REPLIED),
    /** Done, with a resolution text. */
    RESOLVE(EnumSet.of(ASSIGNED, REPLIED, REOPENED), RESOLVED),
    /** The owner is not satisfied, within the reopen window. */
    REOPEN(EnumSet.of(RESOLVED), REOPENED),
    /** The owner rates the resolution (once). */
    RATE(EnumSet.of(RESOLVED), CLOSED),
    /** Unrated for the configured time after resolution (the auto-close job). */
    AUTO_CLOSE(EnumSet.of(RESOLVED), CLOSED);

    /** The moves as one table: which status may become which. */
    static final StatusMoves<FeedbackStatus> MOVES = StatusMoves.of(values());

    private final Set<FeedbackStatus> from;
    private final FeedbackStatus to;

    FeedbackTransition(Set<FeedbackStatus> from, FeedbackStatus to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    @Override
    public Set<FeedbackStatus> from() {
        return from;
    }

    @Override
    public FeedbackStatus to() {
        return to;
    }
}
