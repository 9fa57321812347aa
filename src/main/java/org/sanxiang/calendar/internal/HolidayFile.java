package org.sanxiang.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday notice in the holiday-cn format: {@code {"year":..,"papers":[..],"days":[{"name":..,
 * "date":"YYYY-MM-DD","isOffDay":bool}]}}. {@code days} lists only the days that differ from a plain
 * Monday–Friday week; it may include days of the neighbouring years (2019.json lists 2018-12-29..31).
 */
record HolidayFile(int year, List<String> papers, List<Day> days) {

    HolidayFile {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }

    /** A holiday ({@code offDay}) or a make-up workday (调休, not {@code offDay}) of the notice. */
    record Day(LocalDate date, String name, boolean offDay) {

        /** A make-up workday on a weekend: the one kind of day a weekend-only calendar gets wrong the other way. */
        boolean makeUpWorkday() {
            return !offDay && isWeekend(date);
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
