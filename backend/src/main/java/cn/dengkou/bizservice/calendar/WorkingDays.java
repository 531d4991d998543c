package cn.dengkou.bizservice.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The entry point for working-day deadlines (feedback SLAs; permits after 个转企 are due in 7 working days too).
 * Reads {@code working_calendar} into memory; an edit reloads this instance at once and the others within
 * {@code app.calendar.reload} (default 1 min): holidays are announced months ahead, so a minute is nothing.
 */
@Component
public class WorkingDays {

    private final CalendarDayMapper days;
    private final long reloadNanos;
    private volatile WorkingCalendar calendar;
    private volatile long loadedAt;

    WorkingDays(CalendarDayMapper days, @Value("${app.calendar.reload:1m}") Duration reload) {
        this.days = days;
        this.reloadNanos = reload.toNanos();
    }

    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    /** The {@code n}th working day after {@code from}: a deadline "within n working days" of something on {@code from}. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        return current().plusWorkingDays(from, n);
    }

    /** The last working day before {@code day} (when a reminder before a due date goes out). */
    public LocalDate previousWorkingDay(LocalDate day) {
        return current().previousWorkingDay(day);
    }

    /** Working days in {@code (from, to]}: how long something took, counted as deadlines are. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    /** Forget the loaded copy (after an edit on this instance). */
    void reload() {
        calendar = null;
    }

    private WorkingCalendar current() {
        WorkingCalendar c = calendar;
        if (c == null || System.nanoTime() - loadedAt > reloadNanos) {
            Map<LocalDate, Boolean> listed = new HashMap<>();
            days.all().forEach(d -> listed.put(d.getCalDay(), DayKind.WORKDAY.name().equals(d.getKind())));
            c = new WorkingCalendar(listed);
            loadedAt = System.nanoTime();
            calendar = c;
        }
        return c;
    }
}
