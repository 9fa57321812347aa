package org.sanxiang.calendar.internal;

import org.sanxiang.calendar.WorkingDayCalendar;

/**
 * The working days of the holiday files Sanxiang ships (the State Council's notices), without a database: for the
 * unit tests of modules that count periods in working days.
 */
public final class ShippedCalendar {

    private static final WorkingDayCalendar CALENDAR = new HolidayTable(ShippedHolidayFiles.parsed());

    private ShippedCalendar() {
    }

    public static WorkingDayCalendar get() {
        return CALENDAR;
    }
}
