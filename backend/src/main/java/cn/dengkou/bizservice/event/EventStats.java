package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.AuthUser;
import cn.dengkou.bizservice.common.Dictionaries;
import cn.dengkou.bizservice.common.QueryParams;
import cn.dengkou.bizservice.push.PushTasks;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Per event: registered, confirmed, waitlisted, checked in, no-shows, walk-ins; per month and kind the same sums. */
@Service
class EventStats {

    /**
     * One event's numbers. {@code registered}: live registrations (confirmed + waitlisted, walk-ins not counted);
     * {@code noShows}: confirmed but not checked in, once the event has ended (0 before); {@code invited}: owners the
     * invitation on publish reached (null: published without one).
     */
    @Schema(name = "EventStats")
    record View(long eventId, String title, String kind, LocalDateTime startAt, String status,
                @Schema(nullable = true) Integer capacity, @Schema(nullable = true) Long invited, long registered, long confirmed, long waitlisted,
                long cancelled, long checkedIn, long noShows, long walkIns) {
    }

    /** One kind of event in a month. */
    @Schema(name = "EventKindStats")
    record KindRow(String kind, String kindName, long events, long registered, long confirmed, long waitlisted,
                   long checkedIn, long walkIns) {
    }

    private final EventMapper events;
    private final RegistrationMapper registrations;
    private final Dictionaries dictionaries;
    private final PushTasks pushTasks;
    private final Clock clock;

    EventStats(EventMapper events, RegistrationMapper registrations, Dictionaries dictionaries, PushTasks pushTasks,
               Clock clock) {
        this.pushTasks = pushTasks;
        this.events = events;
        this.registrations = registrations;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    View of(long id, AuthUser staff) {
        Event e = EventAccess.manageable(events, id, staff);
        long confirmed = 0, waitlisted = 0, cancelled = 0, checkedIn = 0, walkIns = 0;
        for (Map<String, Object> row : registrations.counts(id)) {
            long n = ((Number) row.get("v")).longValue();
            boolean walkIn = ((Number) row.get("w")).intValue() == 1;
            boolean came = ((Number) row.get("c")).intValue() == 1;
            String status = (String) row.get("k");
            if (walkIn) {
                walkIns += n;
                continue;
            }
            switch (RegistrationStatus.valueOf(status)) {
                case CONFIRMED -> confirmed += n;
                case WAITLISTED -> waitlisted += n;
                case CANCELLED -> cancelled += n;
            }
            if (came) {
                checkedIn += n;
            }
        }
        boolean over = LocalDateTime.now(clock).isAfter(e.getEndAt());
        Long invited = e.getPushTaskId() == null ? null : (long) pushTasks.view(e.getPushTaskId()).total();
        return new View(id, e.getTitle(), e.getKind(), e.getStartAt(), e.getStatus(), e.getCapacity(), invited,
                confirmed + waitlisted, confirmed, waitlisted, cancelled, checkedIn, over ? confirmed - checkedIn : 0, walkIns);
    }

    /** Every registration of the event (walk-ins and cancelled ones too), in registration order. */
    List<Registration> registrations(long id, AuthUser staff) {
        EventAccess.manageable(events, id, staff);
        return registrations.ofEvent(id, null);
    }

    /** The month's events (by start) of the staff member's counties, per kind. */
    List<KindRow> byKind(String month, AuthUser staff) {
        YearMonth m;
        try {
            m = YearMonth.parse(QueryParams.orNull(month) == null ? YearMonth.now(clock).toString() : month.strip());
        } catch (DateTimeParseException ex) {
            throw ApiException.invalidFields(Map.of("month", "月份格式应为 yyyy-MM"));
        }
        Collection<String> counties = EventAccess.scope(staff).counties();
        LocalDateTime from = m.atDay(1).atStartOfDay();
        return events.statsByKind(counties, from, from.plusMonths(1)).stream()
                .map(r -> new KindRow((String) r.get("kind"), nameOf((String) r.get("kind")), num(r, "events"),
                        num(r, "registered"), num(r, "confirmed"), num(r, "waitlisted"), num(r, "checkedIn"),
                        num(r, "walkIns")))
                .toList();
    }

    private String nameOf(String kind) {
        String name = dictionaries.nameOf(EventAuthoring.KINDS, kind);
        return name == null ? kind : name;
    }

    private static long num(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }
}
