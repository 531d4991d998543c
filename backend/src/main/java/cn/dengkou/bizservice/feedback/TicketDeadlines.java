package cn.dengkou.bizservice.feedback;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The SLA jobs: one working day before a due date the department is reminded (催办), once per due date whichever
 * instance gets there first (a conditional UPDATE); resolved tickets nobody rated close after the configured time.
 */
@Component
class TicketDeadlines {

    private static final Logger log = LoggerFactory.getLogger(TicketDeadlines.class);

    private final TicketMapper tickets;
    private final StaffAlerts alerts;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final FeedbackProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    TicketDeadlines(TicketMapper tickets, StaffAlerts alerts, WorkingDays workingDays, AuditTrail audit,
                    FeedbackProperties props, TransactionTemplate tx, Clock clock) {
        this.tickets = tickets;
        this.alerts = alerts;
        this.workingDays = workingDays;
        this.audit = audit;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.feedback.poll-millis:60000}", initialDelay = 20000)
    void poll() {
        remindDue();
        autoClose();
    }

    /** On a working day, reminds of every due date that is the next working day (or already passed unreminded). */
    int remindDue() {
        LocalDate today = LocalDate.now(clock);
        if (!workingDays.isWorkingDay(today)) {
            return 0; // a reminder on a holiday would reach nobody at work: the last working day before sent it
        }
        LocalDate next = workingDays.plusWorkingDays(today, 1);
        int sent = 0;
        for (Ticket t : tickets.toRemind(next)) {
            boolean resolution = t.getResolutionRemindedOn() == null && TicketMapper.OPEN.contains(t.getStatus())
                    && !t.getResolutionDue().isAfter(next);
            LocalDate due = resolution ? t.getResolutionDue() : t.getFirstResponseDue();
            Boolean won = tx.execute(s -> {
                if (!tickets.markReminded(t.getId(), resolution, today)) {
                    return false;
                }
                String what = resolution ? "办结" : "首次答复";
                String department = t.statusValue() == FeedbackStatus.SUBMITTED ? null : t.getDepartment();
                String key = "feedback-remind:" + t.getId() + ":" + (resolution ? "resolution" : "response") + ":" + due;
                alerts.tell(t.getCounty(), department, t.getId(), StaffAlerts.Kind.REMIND, "诉求" + what + "即将到期（催办）",
                        "诉求 #" + t.getId() + " 须在 " + due + " 前" + what, key);
                audit.record(Ticket.KIND, t.getId(), t.getCounty(), null, TicketAuditTrail.REMIND,
                        Map.of("due", due.toString(), "of", resolution ? "resolution" : "firstResponse"), LocalDateTime.now(clock));
                return true;
            });
            if (Boolean.TRUE.equals(won)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("feedback reminders sent: {}", sent);
        }
        return sent;
    }

    /** Resolved tickets left unrated for {@code app.feedback.auto-close-after} close themselves. */
    int autoClose() {
        LocalDateTime now = LocalDateTime.now(clock);
        int closed = 0;
        for (Long id : tickets.unratedResolvedBefore(now.minus(props.autoCloseAfter()))) {
            Boolean won = tx.execute(s -> {
                if (!tickets.move(id, FeedbackTransition.AUTO_CLOSE, now, w -> w.isNull(Ticket::getRating)
                        .set(Ticket::getClosedAt, now))) {
                    return false;
                }
                Ticket t = tickets.selectById(id);
                audit.record(Ticket.KIND, id, t.getCounty(), null, TicketAuditTrail.AUTO_CLOSE, Map.of(), now);
                return true;
            });
            if (Boolean.TRUE.equals(won)) {
                closed++;
            }
        }
        return closed;
    }
}
