package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.job.FairJobs;
import cn.dengkou.bizservice.targeting.Audience;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;

/** What the event endpoints answer. */
final class EventViews {

    private EventViews() {
    }

    record Created(long id, String status) {
    }

    /** Where it takes place (the request's location, as stored). */
    @Schema(name = "EventLocation")
    record Location(String address, @Schema(nullable = true) String township,
                    @Schema(nullable = true) java.math.BigDecimal latitude,
                    @Schema(nullable = true) java.math.BigDecimal longitude) {

        static Location of(Event e) {
            return new Location(e.getAddress(), e.getTownship(), e.getLatitude(), e.getLongitude());
        }
    }

    /**
     * One event in a list. {@code remaining}: seats left (null = unlimited); {@code registrationOpen}: registering
     * is possible now (published, inside the window).
     */
    @Schema(name = "EventItem")
    record Item(long id, String county, String title, String kind, @Schema(nullable = true) String organiser,
                LocalDateTime startAt, LocalDateTime endAt, Location location, @Schema(nullable = true) String onlineLink,
                @Schema(nullable = true) Integer capacity, @Schema(nullable = true) Integer remaining,
                @Schema(nullable = true) LocalDateTime registrationOpensAt, LocalDateTime registrationDeadline,
                boolean registrationOpen, boolean openToUnbound, String status, String managedBy) {

        static Item of(Event e, LocalDateTime now) {
            return new Item(e.getId(), e.getCounty(), e.getTitle(), e.getKind(), e.getOrganiser(), e.getStartAt(),
                    e.getEndAt(), Location.of(e), e.getOnlineLink(), e.getCapacity(), seatsLeft(e),
                    e.getRegistrationOpensAt(), e.getRegistrationDeadline(), EventRules.isOpen(e, now),
                    Boolean.TRUE.equals(e.getOpenToUnbound()), e.getStatus(), e.getManagedBy());
        }
    }

    /** One event for owners and guests, with the caller's own registration (null: none, or a guest). */
    @Schema(name = "EventDetail")
    /** {@code jobs}: a job fair's open jobs (HR links them), empty for other kinds. */
    record Detail(Item event, String description, Audience audience,
                  @Schema(nullable = true) MyRegistration myRegistration, List<FairJobs.FairJob> jobs) {
    }

    /** One event for staff. */
    @Schema(name = "EventStaffDetail")
    record Staff(Item event, String description, Audience audience, @Schema(nullable = true) LocalDateTime publishedAt,
                 @Schema(nullable = true) LocalDateTime cancelledAt, @Schema(nullable = true) Long pushTaskId) {
    }

    /**
     * A registration as its owner sees it. {@code checkInCode}: shown as a QR code (and as text) while CONFIRMED, else
     * null; {@code waitlistPosition}: 1 = next to move up, null unless WAITLISTED.
     */
    @Schema(name = "MyEventRegistration")
    record MyRegistration(long id, long eventId, String status, @Schema(nullable = true) String checkInCode,
                          @Schema(nullable = true) Integer waitlistPosition,
                          @Schema(nullable = true) LocalDateTime checkedInAt, LocalDateTime registeredAt) {
    }

    /** A registration in {@code GET /me/registrations}, with what the list shows of its event. */
    @Schema(name = "MyEventRegistrationItem")
    record MyRegistrationItem(MyRegistration registration, String eventTitle, LocalDateTime startAt, LocalDateTime endAt,
                              String address, String eventStatus) {
    }

    static Integer seatsLeft(Event e) {
        return e.getCapacity() == null ? null : Math.max(0, e.getCapacity() - e.getConfirmed());
    }
}
