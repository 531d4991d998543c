package cn.dengkou.bizservice.event;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Reminds confirmed registrants at each configured lead time before an event starts ({@code app.event.reminder-leads}).
 * Exactly once per event and lead time across instances and restarts: the claim is a row of {@code event_reminder}
 * (its primary key lets one caller win) written in the transaction that creates the push task; within the task the
 * push engine's dedup key keeps each registrant to one message. The source reads CONFIRMED registrations of a
 * PUBLISHED event when the task is created, so cancelled people and events get none.
 */
@Component
class EventReminders {

    private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

    private final EventMapper events;
    private final EventReminderMapper reminders;
    private final EventPushes pushes;
    private final EventProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    EventReminders(EventMapper events, EventReminderMapper reminders, EventPushes pushes, EventProperties props,
                   TransactionTemplate tx, Clock clock) {
        this.events = events;
        this.reminders = reminders;
        this.pushes = pushes;
        this.props = props;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.event.reminders.poll-millis:60000}",
            initialDelayString = "${app.event.reminders.poll-millis:60000}")
    void poll() {
        if (!Boolean.FALSE.equals(props.reminders().enabled())) {
            sendDue();
        }
    }

    /** Creates the reminder tasks that are due now; how many it created (0 when other instances did). */
    int sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        int created = 0;
        for (Duration lead : props.reminderLeads()) {
            for (Event e : events.startingBetween(now, now.plus(lead))) {
                if (remind(e, lead, overtaken(e, lead, now), now)) {
                    created++;
                }
            }
        }
        return created;
    }

    /** A shorter lead is due too (an event published at short notice): this one is claimed but not sent. */
    private boolean overtaken(Event e, Duration lead, LocalDateTime now) {
        return props.reminderLeads().stream().anyMatch(l -> l.compareTo(lead) < 0 && !e.getStartAt().isAfter(now.plus(l)));
    }

    private boolean remind(Event e, Duration lead, boolean skip, LocalDateTime now) {
        long minutes = lead.toMinutes();
        boolean won = Boolean.TRUE.equals(tx.execute(s -> {
            if (reminders.claim(e.getId(), minutes, now) != 1) {
                return false;
            }
            if (!skip) {
                reminders.recordTask(e.getId(), minutes, pushes.reminder(e, lead));
            }
            return !skip;
        }));
        if (won) {
            log.info("event {}: reminder {} min before the start created", e.getId(), minutes);
        }
        return won;
    }
}
