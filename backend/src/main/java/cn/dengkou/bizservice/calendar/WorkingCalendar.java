package cn.dengkou.bizservice.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working-day arithmetic over one copy of the calendar: a day listed as HOLIDAY rests, one listed as WORKDAY (调休上班)
 * works, any other day follows the week.
 */
final class WorkingCalendar {

    /** A due date further than this many days ahead is a mistake in the data (a year of holidays), not a date. */
    private static final int MAX_SPAN = 3660;

    /** Listed days: true = working (a make-up day), false = a holiday. */
    private final Map<LocalDate, Boolean> listed;

    WorkingCalendar(Map<LocalDate, Boolean> listed) {
        this.listed = Map.copyOf(listed);
    }

    boolean isWorkingDay(LocalDate day) {
        Boolean working = listed.get(day);
        if (working != null) {
            return working;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code from} ({@code from} itself never counts); n = 0 is {@code from}. */
    LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate day = from;
        for (int left = n, steps = 0; left > 0; steps++) {
            if (steps > MAX_SPAN) {
                throw new IllegalStateException("no working day within ten years of " + from);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The last working day before {@code day}. */
    LocalDate previousWorkingDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        for (int steps = 0; !isWorkingDay(d); steps++) {
            if (steps > MAX_SPAN) {
                throw new IllegalStateException("no working day within ten years before " + day);
            }
            d = d.minusDays(1);
        }
        return d;
    }

    /** Working days in {@code (from, to]}: 0 when {@code to} is not after {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
