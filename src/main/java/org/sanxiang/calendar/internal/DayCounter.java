package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.sanxiang.calendar.WorkingDayCalendar;

/** Counting working days, given what a working day is; the semantics are documented on {@link WorkingDayCalendar}. */
final class DayCounter {

    private DayCounter() {
    }

    static LocalDate add(LocalDate date, int n, Predicate<LocalDate> workingDay) {
        if (n < 0 || n > WorkingDayCalendar.MAX_DAYS) {
            throw new IllegalArgumentException("n must be between 0 and " + WorkingDayCalendar.MAX_DAYS + ", was " + n);
        }
        LocalDate day = date;
        if (n == 0) {
            while (!workingDay.test(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (workingDay.test(day)) {
                found++;
            }
        }
        return day;
    }

    static int between(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
        if (to.isBefore(from)) {
            return -between(to, from, workingDay);
        }
        if (from.plusDays(WorkingDayCalendar.MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("the range " + from + ".." + to + " is too long");
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDay.test(day)) {
                count++;
            }
        }
        return count;
    }
}
