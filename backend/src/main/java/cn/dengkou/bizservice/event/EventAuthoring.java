package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.audit.AuditTrail;
import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Counties;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.ErrorCode;
import cn.dengkou.bizservice.common.PageQuery;
import cn.dengkou.bizservice.common.PageResult;
import cn.dengkou.bizservice.common.QueryParams;
import cn.dengkou.bizservice.common.RichText;
import cn.dengkou.bizservice.targeting.Audience;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staff write events: create, replace, find them. */
@Service
class EventAuthoring {

    private static final Logger log = LoggerFactory.getLogger(EventAuthoring.class);
    static final String KINDS = "event-kinds";

    enum Action { CREATE, UPDATE, APPROVE, PUBLISH, CANCEL, CHECK_IN, WALK_IN }

    private final EventMapper events;
    private final EventCounties eventCounties;
    private final Counties counties;
    private final Dictionaries dictionaries;
    private final AuditTrail audit;
    private final SeatPassing seats;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventAuthoring(EventMapper events, EventCounties eventCounties, Counties counties, Dictionaries dictionaries,
                   AuditTrail audit, SeatPassing seats, ObjectMapper json, TransactionTemplate tx, Clock clock) {
        this.seats = seats;
        this.events = events;
        this.eventCounties = eventCounties;
        this.counties = counties;
        this.dictionaries = dictionaries;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
    }

    EventViews.Created create(EventRequest r, AuthUser staff) {
        EventAccess.scope(staff);
        EventCounties.requireOwnCounties(staff, r.audience());
        RichText description = check(r, staff.county());
        LocalDateTime now = LocalDateTime.now(clock);
        Event e = new Event();
        fill(e, r, description);
        e.setCounty(staff.county());
        e.setConfirmed(0);
        e.setStatus(EventStatus.DRAFT.name());
        e.setManagedBy(EventAccess.managedBy(staff));
        e.setCreatedBy(staff.id());
        e.setCreatedAt(now);
        e.setUpdatedAt(now);
        tx.executeWithoutResult(s -> {
            events.insert(e);
            events.addCounties(e.getId(), eventCounties.of(e.getCounty(), r.audience()));
            audit.record(Event.KIND, e.getId(), e.getCounty(), staff.id(), Action.CREATE, Map.of("title", e.getTitle()), now);
        });
        log.info("event {} created by staff {}", e.getId(), staff.id());
        return new EventViews.Created(e.getId(), e.getStatus());
    }

    /** Replaces the whole event (not once cancelled); the capacity may not drop below the seats already taken. */
    EventViews.Staff update(long id, EventRequest r, AuthUser staff) {
        Event current = EventAccess.manageable(events, id, staff);
        EventCounties.requireOwnCounties(staff, r.audience());
        RichText description = check(r, current.getCounty());
        LocalDateTime now = LocalDateTime.now(clock);
        Event e = new Event();
        e.setId(id);
        fill(e, r, description);
        e.setUpdatedBy(staff.id());
        e.setUpdatedAt(now);
        tx.executeWithoutResult(s -> {
            Event locked = events.lockSeats(id); // a capacity change must not race a registration
            if (EventStatus.CANCELLED.name().equals(locked.getStatus())) {
                throw stateConflict(locked, "已取消的活动不能修改");
            }
            if (r.capacity() != null && r.capacity() < locked.getConfirmed()) {
                throw ApiException.invalidFields(Map.of("capacity", "名额不能少于已确认的报名人数（" + locked.getConfirmed() + "）"));
            }
            events.updateContent(e);
            if (r.capacity() == null || locked.getCapacity() != null && r.capacity() > locked.getCapacity()) {
                seats.fill(id, now); // more seats: the waitlist moves up
            }
            events.clearCounties(id);
            events.addCounties(id, eventCounties.of(current.getCounty(), r.audience()));
            audit.record(Event.KIND, id, current.getCounty(), staff.id(), Action.UPDATE, Map.of("title", e.getTitle()), now);
        });
        return get(id, staff);
    }

    EventViews.Staff get(long id, AuthUser staff) {
        Event e = EventAccess.visibleToStaff(events, id, staff);
        return new EventViews.Staff(EventViews.Item.of(e, LocalDateTime.now(clock)), e.getDescription(), audienceOf(e),
                e.getPublishedAt(), e.getCancelledAt(), e.getPushTaskId());
    }

    PageResult<EventViews.Item> list(String status, String kind, String county, PageQuery page, AuthUser staff) {
        LocalDateTime now = LocalDateTime.now(clock);
        var found = events.staffPage(QueryParams.orNull(status), QueryParams.orNull(kind),
                EventAccess.scope(staff).countiesFor(QueryParams.orNull(county)), page.toPage());
        return PageResult.of(found, e -> EventViews.Item.of(e, now));
    }

    Audience audienceOf(Event e) {
        try {
            return json.readValue(e.getAudience(), Audience.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored audience of event " + e.getId() + " is not valid JSON", ex);
        }
    }

    static ApiException stateConflict(Event e, String detail) {
        return new ApiException(ErrorCode.EVENT_STATE_CONFLICT, detail + "（当前状态：" + e.getStatus() + "）");
    }

    private RichText check(EventRequest r, String county) {
        Map<String, String> errors = new LinkedHashMap<>(EventRules.timeErrors(r));
        dictionaries.check(KINDS, "kind", List.of(r.kind()), errors);
        if (r.organiser() != null) {
            dictionaries.check(Dictionaries.DEPARTMENTS, "organiser", List.of(r.organiser()), errors);
        }
        if (r.location().township() != null) {
            List<String> township = List.of(r.location().township());
            if (counties.isServed(county)) {
                dictionaries.check(Dictionaries.TOWNSHIPS, county, "location.township", township, errors);
            } else {
                dictionaries.check(Dictionaries.TOWNSHIPS, "location.township", township, errors);
            }
        }
        if ((r.location().latitude() == null) != (r.location().longitude() == null)) {
            errors.put("location.longitude", "经纬度须同时填写");
        }
        r.audience().check(dictionaries, "audience", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        return RichText.sanitize(r.description());
    }

    private void fill(Event e, EventRequest r, RichText description) {
        e.setTitle(r.title().strip());
        e.setKind(r.kind());
        e.setOrganiser(QueryParams.orNull(r.organiser()));
        e.setDescription(description.html());
        e.setDescriptionText(description.text());
        e.setStartAt(r.startAt());
        e.setEndAt(r.endAt());
        e.setAddress(r.location().address().strip());
        e.setTownship(QueryParams.orNull(r.location().township()));
        e.setLatitude(r.location().latitude());
        e.setLongitude(r.location().longitude());
        e.setOnlineLink(QueryParams.orNull(r.onlineLink()));
        e.setCapacity(r.capacity());
        e.setRegistrationOpensAt(r.registrationOpensAt());
        e.setRegistrationDeadline(r.registrationDeadline());
        e.setOpenToUnbound(r.openToUnbound());
        try {
            e.setAudience(json.writeValueAsString(r.audience()));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialize an audience", ex);
        }
    }
}
