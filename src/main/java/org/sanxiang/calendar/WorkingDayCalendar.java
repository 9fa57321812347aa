package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * Working days (工作日) of mainland China: Monday to Friday, minus the statutory holidays, plus the make-up
 * workdays (调休) that the State Council's yearly notice puts on weekends. Periods written in working days
 * (行政处罚法 第八十五条, 行政强制法 第六十九条, 行政许可法 第八十二条) are counted with this calendar only.
 *
 * <p>A date of a year whose holiday data has not been loaded is never guessed: the strict methods throw
 * {@link CalendarYearMissingException}. A caller that can live with a guess asks for an {@link Estimate},
 * which counts weekends only for the missing years and says so.
 */
public interface WorkingDayCalendar {

    /**
     * The largest {@code n} of {@link #addWorkingDays} and the longest range (in calendar days) of
     * {@link #workingDaysBetween}: about ten years, more than any period of the law; bounds the work of a public call.
     */
    int MAX_DAYS = 3660;

    /** @throws CalendarYearMissingException when the date's year has no data */
    boolean isWorkingDay(LocalDate date);

    /**
     * The {@code n}-th working day after {@code date} (the date itself not counted). {@code n = 0} gives the date
     * itself when it is a working day, otherwise the next working day: a period that ends on a day off ends on
     * the first working day after it. Both halves follow 民事诉讼法（2023修正）第八十五条: "期间开始的时和日，不计算在期间内。
     * 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。"
     *
     * @throws IllegalArgumentException when {@code n} is negative or above {@link #MAX_DAYS}: periods of the law
     *                                  run forward, a negative count is a caller's mistake
     * @throws CalendarYearMissingException when a day that must be examined lies in a year without data
     */
    LocalDate addWorkingDays(LocalDate date, int n);

    /**
     * The number of working days in {@code (from, to]}: {@code from} excluded (the starting day does not count,
     * 民事诉讼法 第八十五条), {@code to} included, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every {@code n >= 1}. Negative when
     * {@code to} is before {@code from}; zero when they are equal.
     *
     * @throws IllegalArgumentException when the range is longer than {@link #MAX_DAYS} calendar days
     * @throws CalendarYearMissingException when a day in the range lies in a year without data
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Like {@link #isWorkingDay} but a year without data counts Monday–Friday as working days, flagged. */
    Estimate<Boolean> estimateIsWorkingDay(LocalDate date);

    /** Like {@link #addWorkingDays} but years without data count Monday–Friday as working days, flagged. */
    Estimate<LocalDate> estimateAddWorkingDays(LocalDate date, int n);

    /** Like {@link #workingDaysBetween} but years without data count Monday–Friday as working days, flagged. */
    Estimate<Integer> estimateWorkingDaysBetween(LocalDate from, LocalDate to);

    /** The years whose own holiday file has been loaded. */
    SortedSet<Integer> years();
}
