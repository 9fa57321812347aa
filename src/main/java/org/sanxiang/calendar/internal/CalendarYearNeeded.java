package org.sanxiang.calendar.internal;

import java.util.Set;

/** A day of {@code year} is to be counted, and the holiday notices of {@code loaded} years are in. */
record CalendarYearNeeded(int year, Set<Integer> loaded) {

    static final String COMMAND = "calendar.working-days";
}
