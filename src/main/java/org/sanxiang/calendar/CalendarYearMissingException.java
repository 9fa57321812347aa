package org.sanxiang.calendar;

/**
 * A date lies in a year for which no holiday notice has been loaded, so whether it is a working day is unknown.
 * Rule {@value #RULE}: the calendar never guesses silently (answered with 422).
 */
public class CalendarYearMissingException extends RuntimeException {

    public static final String RULE = "calendar-year-missing";

    private final int year;

    public CalendarYearMissingException(int year) {
        super("no holiday data for the year " + year + "; an administrator must import it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
