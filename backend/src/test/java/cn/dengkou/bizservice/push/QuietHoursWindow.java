package cn.dengkou.bizservice.push;

import java.time.LocalDateTime;

/**
 * The push engine's quiet-hours rule ({@link QuietHours}, package-private) for test-scope code outside
 * this package: the dev mode's startup hint ({@code dev/QuietHoursHint}) asks it rather than parse the
 * window a second time.
 */
public final class QuietHoursWindow {

    private final QuietHours hours;

    private QuietHoursWindow(QuietHours hours) {
        this.hours = hours;
    }

    /** {@code app.push.quiet-hours}, e.g. {@code 21:00-08:00}; blank is off. */
    public static QuietHoursWindow of(String spec) {
        return new QuietHoursWindow(QuietHours.parse(spec));
    }

    public boolean isOff() {
        return hours.isOff();
    }

    public boolean holds(LocalDateTime at) {
        return hours.contains(at);
    }

    /** When a non-urgent send held at {@code at} goes out. */
    public LocalDateTime releaseAt(LocalDateTime at) {
        return hours.releaseAt(at);
    }

    @Override
    public String toString() {
        return hours.start() + "-" + hours.end();
    }
}
