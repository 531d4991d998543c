package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.push.PushTasks;
import cn.dengkou.bizservice.targeting.Audience;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;

/**
 * Publishing an event (optionally with an invitation push to its audience: above the notices' review threshold
 * only once another staff member approved it, the notices' four-eyes rule) and cancelling it (registrants told at
 * once, reminders not yet sent stopped).
 */
@Service
class EventPublishing {

    private static final Logger log = LoggerFactory.getLogger(EventPublishing.class);
    private static final EnumSet<EventAuthoring.Action> WRITING = EnumSet.of(EventAuthoring.Action.CREATE,
            EventAuthoring.Action.UPDATE);
    /** Someone who created or edited the event: they may not approve it (checked again in the UPDATE). */
    private static final String WROTE_IT = AuditTrail.actedSql(Event.KIND, "event.id", WRITING);

    /** {@code push}: invite the audience; {@code urgent}: during quiet hours too. */
    record PublishRequest(Boolean push, Boolean urgent) {
    }

    private final EventMapper events;
    private final EventAuthoring authoring;
    private final EventCounties counties;
    private final EventReminderMapper reminders;
    private final EventPushes pushes;
    private final PushTasks pushTasks;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int reviewThreshold;

    EventPublishing(EventMapper events, EventAuthoring authoring, EventCounties counties, EventReminderMapper reminders,
                    EventPushes pushes, PushTasks pushTasks, AuditTrail audit, TransactionTemplate tx, Clock clock,
                    @Value("${app.notice.review-threshold:500}") int reviewThreshold) {
        this.events = events;
        this.authoring = authoring;
        this.counties = counties;
        this.reminders = reminders;
        this.pushes = pushes;
        this.pushTasks = pushTasks;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.reviewThreshold = reviewThreshold;
    }

    /** A second staff member (never its author or an editor) approves a draft for a large invitation. */
    EventViews.Staff approve(long id, AuthUser staff) {
        Event e = EventAccess.manageable(events, id, staff);
        if (e.getCreatedBy() == staff.id() || audit.actedAny(Event.KIND, id, staff.id(), WRITING)) {
            throw new ApiException(ErrorCode.EVENT_SELF_APPROVAL);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            if (events.update(null, new LambdaUpdateWrapper<Event>()
                    .eq(Event::getId, id).eq(Event::getStatus, EventStatus.DRAFT.name())
                    .ne(Event::getCreatedBy, staff.id()).notExists(WROTE_IT, staff.id())
                    .set(Event::getApprovedBy, staff.id()).set(Event::getApprovedAt, now)) != 1) {
                throw EventAuthoring.stateConflict(events.selectById(id), "只有草稿状态的活动可以审核");
            }
            audit.record(Event.KIND, id, e.getCounty(), staff.id(), EventAuthoring.Action.APPROVE, Map.of(), now);
        });
        return authoring.get(id, staff);
    }

    EventViews.Staff publish(long id, PublishRequest r, AuthUser staff) {
        Event e = EventAccess.manageable(events, id, staff);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!EventTransition.PUBLISH.allowedFrom(EventStatus.valueOf(e.getStatus()))) {
            throw EventAuthoring.stateConflict(e, "只有草稿状态的活动可以发布");
        }
        boolean push = Boolean.TRUE.equals(r.push());
        Audience reach = counties.reach(e.getCounty(), authoring.audienceOf(e));
        long size = push ? pushes.audienceSize(reach) : 0;
        boolean needsApproval = size > reviewThreshold;
        if (needsApproval && e.getApprovedBy() == null) {
            throw approvalRequired(size);
        }
        tx.executeWithoutResult(s -> {
            if (!events.transition(id, EventTransition.PUBLISH, now, w -> {
                w.set(Event::getPublishedAt, now);
                if (needsApproval) {
                    w.isNotNull(Event::getApprovedBy); // an edit since the check voids the approval
                }
            })) {
                Event current = events.selectById(id);
                throw needsApproval && EventStatus.DRAFT.name().equals(current.getStatus())
                        ? approvalRequired(size) : EventAuthoring.stateConflict(current, "只有草稿状态的活动可以发布");
            }
            if (push) {
                events.setPushTask(id, pushes.invitation(e, reach, Boolean.TRUE.equals(r.urgent()), staff.id()));
            }
            audit.record(Event.KIND, id, e.getCounty(), staff.id(), EventAuthoring.Action.PUBLISH,
                    Map.of("push", push, "audience", size), now);
        });
        log.info("event {} published by staff {}{}", id, staff.id(), push ? ", inviting " + size : "");
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
                pushes.cancelled(e);
            }
            reminders.taskIds(id).forEach(pushTasks::cancel);
            audit.record(Event.KIND, id, e.getCounty(), staff.id(), EventAuthoring.Action.CANCEL, Map.of(), now);
        });
        log.info("event {} cancelled by staff {}", id, staff.id());
        return authoring.get(id, staff);
    }

    private ApiException approvalRequired(long size) {
        return new ApiException(ErrorCode.EVENT_APPROVAL_REQUIRED,
                "邀请推送将送达 " + size + " 人，超过审核门槛 " + reviewThreshold + " 人，须由另一名工作人员审核通过后才能发布");
    }
}
