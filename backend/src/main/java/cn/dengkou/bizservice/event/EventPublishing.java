package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.push.PushTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/** Publishing an event and cancelling it (registrants told at once, reminders not yet sent stopped). */
@Service
class EventPublishing {

    private static final Logger log = LoggerFactory.getLogger(EventPublishing.class);

    private final EventMapper events;
    private final EventAuthoring authoring;
    private final EventReminderMapper reminders;
    private final EventPushes pushes;
    private final PushTasks pushTasks;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventPublishing(EventMapper events, EventAuthoring authoring, EventReminderMapper reminders, EventPushes pushes,
                    PushTasks pushTasks, AuditTrail audit, TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.authoring = authoring;
        this.reminders = reminders;
        this.pushes = pushes;
        this.pushTasks = pushTasks;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    EventViews.Staff publish(long id, AuthUser staff) {
        Event e = EventAccess.manageable(events, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!EventTransition.PUBLISH.allowedFrom(EventStatus.valueOf(e.getStatus()))) {
            throw EventAuthoring.stateConflict(e, "只有草稿状态的活动可以发布");
        }
        tx.executeWithoutResult(s -> {
            if (!events.transition(id, EventTransition.PUBLISH, now, w -> w.set(Event::getPublishedAt, now))) {
                throw EventAuthoring.stateConflict(events.selectById(id), "只有草稿状态的活动可以发布");
            }
            audit.record(Event.KIND, id, e.getCounty(), staff.id(), EventAuthoring.Action.PUBLISH, Map.of(), now);
        });
        log.info("event {} published by staff {}", id, staff.id());
        return authoring.get(id, staff);
    }

    EventViews.Staff cancel(long id, AuthUser staff) {
        Event e = EventAccess.manageable(events, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            events.lockSeats(id); // after any registration in flight: it is told too, or refused
            if (!events.transition(id, EventTransition.CANCEL, now, w -> w.set(Event::getCancelledAt, now))) {
                throw EventAuthoring.stateConflict(events.selectById(id), "该活动已取消");
            }
            if (EventStatus.PUBLISHED.name().equals(e.getStatus())) {
                long task = pushes.cancelled(e);
                events.setPushTask(id, task);
            }
            reminders.taskIds(id).forEach(pushTasks::cancel);
            audit.record(Event.KIND, id, e.getCounty(), staff.id(), EventAuthoring.Action.CANCEL, Map.of(), now);
        });
        log.info("event {} cancelled by staff {}", id, staff.id());
        return authoring.get(id, staff);
    }
}
