package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registering and cancelling. A seat is decided by one conditional UPDATE on the event's counter
 * ({@code EventMapper.takeSeat}) under the event row's lock, so capacity holds whatever the number of instances; one
 * live registration per user is the table's unique key. A freed seat passes straight to the head of the waitlist in
 * the cancelling transaction (the counter never shows a gap a newcomer could take).
 */
@Service
class Registrations {

    private final EventMapper events;
    private final RegistrationMapper registrations;
    private final Registrants registrants;
    private final CheckInCodes codes;
    private final SeatPassing seats;
    private final TransactionTemplate tx;
    private final Clock clock;

    Registrations(EventMapper events, RegistrationMapper registrations, Registrants registrants, CheckInCodes codes,
                  SeatPassing seats, TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.registrants = registrants;
        this.codes = codes;
        this.seats = seats;
        this.tx = tx;
        this.clock = clock;
    }

    record RegisterRequest(String name, String phone) {
    }

    /**
     * Two short transactions. The first shares the event row, checks it is still published and inserts the
     * registration as WAITLISTED (a second live one breaks the unique key: 409); registrations of one event insert
     * side by side. If the counter read under that share showed a free seat, the second locks the row and takes a seat
     * by the conditional UPDATE, confirming this registration. A full event needs no second step: nothing frees a
     * seat without the lock, and whatever frees one after the insert finds this registration on the waitlist.
     */
    EventViews.MyRegistration register(long eventId, RegisterRequest body, AuthUser owner) {
        Event e = published(eventId);
        LocalDateTime now = LocalDateTime.now(clock);
        EventRules.requireOpen(e, now);
        Registrants.Person who = registrants.eligible(e, owner, body == null ? new RegisterRequest(null, null) : body);
        Registration r = new Registration();
        r.setEventId(eventId);
        r.setCounty(e.getCounty());
        r.setUserId(owner.id());
        r.setStatus(RegistrationStatus.WAITLISTED.name());
        r.setName(who.name());
        r.setPhone(who.phone());
        r.setBusinessName(who.businessName());
        r.setWalkIn(false);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        Event counter;
        try {
            counter = tx.execute(s -> {
                Event shared = events.shareSeats(eventId);
                if (!EventStatus.PUBLISHED.name().equals(shared.getStatus())) {
                    throw new ApiException(ErrorCode.REGISTRATION_CLOSED, "活动已取消，不能报名");
                }
                registrations.insert(r);
                return shared;
            });
        } catch (DuplicateKeyException dup) {
            throw new ApiException(ErrorCode.ALREADY_REGISTERED);
        }
        boolean seatFree = counter.getCapacity() == null || counter.getConfirmed() < counter.getCapacity();
        if (seatFree && Boolean.TRUE.equals(tx.execute(s -> takeSeat(r.getId(), eventId, now)))) {
            r.setStatus(RegistrationStatus.CONFIRMED.name());
        } else if (seatFree) {
            r.setStatus(registrations.selectById(r.getId()).getStatus()); // a cancel may have promoted it meanwhile
        }
        return view(r);
    }

    /** A seat for this registration, if one is left (true); one a cancel promoted meanwhile passes the seat on. */
    private boolean takeSeat(long registrationId, long eventId, LocalDateTime now) {
        if (events.takeSeat(eventId) != 1) {
            return false;
        }
        if (!registrations.transition(registrationId, RegistrationTransition.PROMOTE, now, w -> { })) {
            seats.passOn(eventId, now);
        }
        return true;
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
                seats.passOn(eventId, now);
            }
        });
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
