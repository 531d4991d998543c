package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registering and cancelling. The seat is decided by one conditional UPDATE on the event's counter
 * ({@code EventMapper.takeSeat}) inside a transaction that first locks the event row, so capacity holds whatever
 * the number of instances; one live registration per user is the table's unique key. A freed seat passes straight
 * to the head of the waitlist in the cancelling transaction (the counter never shows a gap a newcomer could take).
 */
@Service
class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final EventMapper events;
    private final RegistrationMapper registrations;
    private final Registrants registrants;
    private final CheckInCodes codes;
    private final EventPushes pushes;
    private final TransactionTemplate tx;
    private final Clock clock;

    Registrations(EventMapper events, RegistrationMapper registrations, Registrants registrants, CheckInCodes codes,
                  EventPushes pushes, TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.registrants = registrants;
        this.codes = codes;
        this.pushes = pushes;
        this.tx = tx;
        this.clock = clock;
    }

    record RegisterRequest(String name, String phone) {
    }

    EventViews.MyRegistration register(long eventId, RegisterRequest body, AuthUser owner) {
        Event e = published(eventId);
        LocalDateTime now = LocalDateTime.now(clock);
        EventRules.requireOpen(e, now);
        Registrants.Person who = registrants.eligible(e, owner, body == null ? new RegisterRequest(null, null) : body);
        Registration r;
        try {
            r = tx.execute(s -> {
                Event locked = events.lockSeats(eventId);
                if (!EventStatus.PUBLISHED.name().equals(locked.getStatus())) {
                    throw new ApiException(ErrorCode.REGISTRATION_CLOSED, "活动已取消，不能报名");
                }
                // under the lock the counter read is current: a full event skips the UPDATE, the rest take a seat by it
                boolean seat = (locked.getCapacity() == null || locked.getConfirmed() < locked.getCapacity())
                        && events.takeSeat(eventId) == 1;
                Registration n = new Registration();
                n.setEventId(eventId);
                n.setCounty(e.getCounty());
                n.setUserId(owner.id());
                n.setStatus((seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED).name());
                n.setName(who.name());
                n.setPhone(who.phone());
                n.setBusinessName(who.businessName());
                n.setWalkIn(false);
                n.setCreatedAt(now);
                n.setUpdatedAt(now);
                registrations.insert(n); // a second live registration breaks the unique key: all rolls back
                return n;
            });
        } catch (DuplicateKeyException dup) {
            throw new ApiException(ErrorCode.ALREADY_REGISTERED);
        }
        return view(r);
    }

    /** Gives up the caller's registration; a seat goes to the first waitlisted person, who is told. */
    void cancelMine(long eventId, AuthUser owner) {
        LocalDateTime now = LocalDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            Event e = events.lockSeats(eventId);
            Registration r = e == null ? null : registrations.findLive(eventId, owner.id());
            if (r == null) {
                throw new ApiException(ErrorCode.REGISTRATION_NOT_FOUND);
            }
            boolean seat = RegistrationStatus.CONFIRMED.name().equals(r.getStatus());
            boolean moved = registrations.transition(r.getId(),
                    seat ? RegistrationTransition.GIVE_UP_SEAT : RegistrationTransition.LEAVE_WAITLIST, now,
                    w -> w.set(Registration::getCancelledAt, now));
            if (moved && seat) {
                passSeatOn(eventId, now);
            }
        });
    }

    /** The freed seat goes to the head of the waitlist (before the event starts), else back to the counter. */
    private void passSeatOn(long eventId, LocalDateTime now) {
        Event e = events.selectById(eventId);
        Registration next = EventStatus.PUBLISHED.name().equals(e.getStatus()) && now.isBefore(e.getStartAt())
                ? registrations.firstWaitlisted(eventId) : null;
        if (next != null && registrations.transition(next.getId(), RegistrationTransition.PROMOTE, now,
                w -> w.set(Registration::getPromotedAt, now))) {
            pushes.promoted(e, next.getId(), next.getUserId()); // in the same transaction: never promoted untold
            log.info("event {}: registration {} moved up from the waitlist", eventId, next.getId());
        } else {
            events.releaseSeat(eventId);
        }
    }

    PageResult<EventViews.MyRegistrationItem> mine(AuthUser owner, PageQuery page) {
        var found = registrations.ofUser(owner.id(), page.toPage());
        Map<Long, Event> byId = found.getRecords().isEmpty() ? Map.of()
                : events.selectBatchIds(found.getRecords().stream().map(Registration::getEventId).distinct().toList())
                .stream().collect(Collectors.toMap(Event::getId, Function.identity()));
        return PageResult.of(found, r -> {
            Event e = byId.get(r.getEventId());
            return new EventViews.MyRegistrationItem(view(r), e.getTitle(), e.getStartAt(), e.getEndAt(), e.getAddress(),
                    e.getStatus());
        });
    }

    /** The caller's live registration for the event, or null (guests, staff, not registered). */
    EventViews.MyRegistration mineFor(long eventId, AuthUser user) {
        if (user == null || user.isStaff()) {
            return null;
        }
        Registration r = registrations.findLive(eventId, user.id());
        return r == null ? null : view(r);
    }

    private EventViews.MyRegistration view(Registration r) {
        boolean confirmed = RegistrationStatus.CONFIRMED.name().equals(r.getStatus());
        boolean waiting = RegistrationStatus.WAITLISTED.name().equals(r.getStatus());
        return new EventViews.MyRegistration(r.getId(), r.getEventId(), r.getStatus(),
                confirmed ? codes.codeFor(r.getEventId(), r.getId()) : null,
                waiting ? registrations.waitlistPosition(r.getEventId(), r.getId()) : null,
                r.getCheckedInAt(), r.getCreatedAt());
    }

    /** A published (or cancelled: registrants still see it) event, else EVENT_NOT_FOUND. */
    Event published(long id) {
        return EventRules.listed(events.withoutDescription(id));
    }
}
