package org.sanxiang.calendar;

import org.sanxiang.platform.RuleViolationException;
import org.sanxiang.platform.rule.Refusal;

/**
 * A refusal by rule {@code calendar-year-missing}: a date lies in a year for which no holiday notice has been loaded,
 * so whether it is a working day is unknown, and the calendar never guesses silently (422). The notice is published
 * by the State Council each year, usually in November; an administrator imports it.
 */
public class CalendarYearMissingException extends RuleViolationException {

    private final int year;

    public CalendarYearMissingException(int year, Refusal refusal) {
        super(refusal);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
