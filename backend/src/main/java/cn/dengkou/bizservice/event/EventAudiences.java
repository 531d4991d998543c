package cn.dengkou.bizservice.event;

import cn.dengkou.bizservice.push.AudienceSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An event's registrants as push audiences ({@code Recipients.of("event-confirmed", eventId)}), so staff can send
 * follow-ups (training materials, a change of room) through the push engine; the reminders and the cancellation use
 * them too. Each SELECT runs inside the push engine's INSERT … SELECT (ix_event_registration_status).
 */
@Configuration(proxyBeanMethods = false)
class EventAudiences {

    static final String CONFIRMED = "event-confirmed";
    static final String WAITLISTED = "event-waitlisted";
    static final String CHECKED_IN = "event-checked-in";
    /** Confirmed or waitlisted: everyone still registered. */
    static final String REGISTERED = "event-registered";

    record Source(String name, String userIdsSql) implements AudienceSource {
    }

    private static final String USERS = "SELECT r.user_id FROM event_registration r WHERE r.event_id = #{sourceRef} "
            + "AND r.user_id IS NOT NULL AND ";

    @Bean
    AudienceSource eventConfirmed() {
        return new Source(CONFIRMED, USERS + "r.status = 'CONFIRMED'");
    }

    @Bean
    AudienceSource eventWaitlisted() {
        return new Source(WAITLISTED, USERS + "r.status = 'WAITLISTED'");
    }

    @Bean
    AudienceSource eventCheckedIn() {
        return new Source(CHECKED_IN, USERS + "r.checked_in_at IS NOT NULL");
    }

    @Bean
    AudienceSource eventRegistered() {
        return new Source(REGISTERED, USERS + "r.status IN ('CONFIRMED', 'WAITLISTED')");
    }
}
