package cn.dengkou.bizservice.push;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** A daily window (Asia/Shanghai wall clock) in which non-urgent subscribe messages wait; may span midnight. */
record QuietHours(LocalTime start, LocalTime end) {

    static final QuietHours OFF = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** {@code "21:00-08:00"}; blank means off. */
    static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return OFF;
        }
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("app.push.quiet-hours must look like 21:00-08:00, got: " + text);
        }
        return new QuietHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    boolean isOff() {
        return start.equals(end);
    }

    boolean contains(LocalDateTime at) {
        if (isOff()) {
            return false;
        }
        LocalTime t = at.toLocalTime();
        return start.isBefore(end)
                ? !t.isBefore(start) && t.isBefore(end)
                : !t.isBefore(start) || t.isBefore(end);
    }

    /** When a send held at {@code at} may go out: {@code at} itself outside the window, else the window's end. */
    LocalDateTime releaseAt(LocalDateTime at) {
        if (!contains(at)) {
            return at;
        }
        LocalDateTime end = at.toLocalDate().atTime(this.end);
        return end.isAfter(at) ? end : end.plusDays(1);
    }
}
