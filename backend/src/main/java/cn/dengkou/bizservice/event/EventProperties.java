package cn.dengkou.bizservice.event;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code app.event.*}.
 *
 * @param checkInKey    the HMAC-SHA256 key of check-in codes (at least 32 characters; the same on every instance)
 * @param reminderLeads how long before an event's start its confirmed registrants are reminded (default 24 h, 1 h)
 * @param reminders     {@code reminders.enabled} (default true) and {@code reminders.poll-millis} (default 60000)
 */
@ConfigurationProperties("app.event")
record EventProperties(String checkInKey, List<Duration> reminderLeads, Reminders reminders) {

    record Reminders(Boolean enabled, Long pollMillis) {
    }

    EventProperties {
        reminderLeads = reminderLeads == null || reminderLeads.isEmpty()
                ? List.of(Duration.ofHours(24), Duration.ofHours(1)) : List.copyOf(reminderLeads);
        if (reminderLeads.stream().anyMatch(d -> d.isNegative() || d.isZero() || d.toSeconds() % 60 != 0)) {
            throw new IllegalArgumentException("app.event.reminder-leads must be whole positive minutes");
        }
        reminders = reminders == null ? new Reminders(true, 60_000L) : reminders;
    }
}
