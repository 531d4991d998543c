package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.StatusMove;

import java.util.EnumSet;
import java.util.Set;

import static cn.dengkou.bizservice.event.EventStatus.CANCELLED;
import static cn.dengkou.bizservice.event.EventStatus.DRAFT;
import static cn.dengkou.bizservice.event.EventStatus.PUBLISHED;

/** Every allowed status change of an event, each a conditional UPDATE ({@code EventMapper.transition}). */
enum EventTransition implements StatusMove<EventStatus> {
    PUBLISH(EnumSet.of(DRAFT), PUBLISHED),
    /** Registrants are told; reminders not sent yet are cancelled. */
    CANCEL(EnumSet.of(DRAFT, PUBLISHED), CANCELLED);

    private final Set<EventStatus> from;
    private final EventStatus to;

    EventTransition(Set<EventStatus> from, EventStatus to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    @Override
    public Set<EventStatus> from() {
        return from;
    }

    @Override
    public EventStatus to() {
        return to;
    }
}
