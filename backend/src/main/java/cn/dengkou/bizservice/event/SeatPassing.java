package cn.dengkou.bizservice.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

/**
 * Seats that come free go to the head of the waitlist, in the transaction that freed them and under the event row's
 * lock (taken by the caller): the promoted person is told in the same transaction, so a promotion is never lost and
 * never given twice.
 */
@Component
class SeatPassing {

    private static final Logger log = LoggerFactory.getLogger(SeatPassing.class);

    private final EventMapper events;
    private final RegistrationMapper registrations;
    private final EventPushes pushes;

    SeatPassing(EventMapper events, RegistrationMapper registrations, EventPushes pushes) {
        this.events = events;
        this.registrations = registrations;
        this.pushes = pushes;
    }

    /** One freed seat: to the first waitlisted (before the event starts), else back to the counter. */
    void passOn(long eventId, LocalDateTime now) {
        Event e = events.selectById(eventId);
        if (!promoteHead(e, now)) {
            events.releaseSeat(eventId);
        }
    }

    /** After a capacity increase: the waitlist moves up while seats are left. */
    void fill(long eventId, LocalDateTime now) {
        Event e = events.selectById(eventId);
        while (events.takeSeat(eventId) == 1) {
            if (!promoteHead(e, now)) {
                events.releaseSeat(eventId);
                return;
            }
        }
    }

    private boolean promoteHead(Event e, LocalDateTime now) {
        boolean open = EventStatus.PUBLISHED.name().equals(e.getStatus()) && now.isBefore(e.getStartAt());
        Registration next = open ? registrations.firstWaitlisted(e.getId()) : null;
        if (next == null || !registrations.transition(next.getId(), RegistrationTransition.PROMOTE, now,
                w -> w.set(Registration::getPromotedAt, now))) {
            return false;
        }
        pushes.promoted(e, next.getId(), next.getUserId());
        log.info("event {}: registration {} moved up from the waitlist", e.getId(), next.getId());
        return true;
    }
}
