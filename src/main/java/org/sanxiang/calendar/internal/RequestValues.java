package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.platform.InvalidInputException;

/**
 * Checks the calendar API's query parameters itself, so that a bad value is answered with a 400 problem that says
 * in Chinese which parameter is wrong, instead of a framework conversion error.
 */
final class RequestValues {

    private RequestValues() {
    }

    /**
     * Dates the API counts from: four-digit years, as evidence search allows. ISO parsing also takes years such as
     * +999999999, whose day arithmetic overflows; no period of the law reaches there.
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("参数 " + name + " 应为 YYYY-MM-DD 格式的真实日期，收到：" + value,
                    "parameter " + name + " must be a real date written YYYY-MM-DD, got: " + value);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInputException(
                    "参数 " + name + " 应为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年之间的日期，收到：" + value,
                    "parameter " + name + " must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR
                            + ", got: " + value);
        }
        return date;
    }

    static int days(String name, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= 0 && n <= WorkingDayCalendar.MAX_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw new InvalidInputException("参数 " + name + " 应为 0 到 " + WorkingDayCalendar.MAX_DAYS + " 之间的整数，收到：" + value,
                "parameter " + name + " must be a whole number from 0 to " + WorkingDayCalendar.MAX_DAYS + ", got: " + value);
    }

    /** Keeps {@link WorkingDayCalendar#workingDaysBetween} within its documented range. */
    static void range(LocalDate from, LocalDate to) {
        if (Math.abs(to.toEpochDay() - from.toEpochDay()) > WorkingDayCalendar.MAX_DAYS) {
            throw new InvalidInputException("日期范围不能超过 " + WorkingDayCalendar.MAX_DAYS + " 天",
                    "the range may not exceed " + WorkingDayCalendar.MAX_DAYS + " days");
        }
    }
}
