package org.sanxiang.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the public calendar page shows for one year: twelve month grids (weeks start on Monday, as Chinese calendars
 * do) and, as the text alternative to the colours, the list of holidays with their days off and make-up workdays.
 */
record YearView(int year, Integer previousYear, Integer nextYear, List<String> papers, List<Month> months,
                List<Holiday> holidays) {

    /** How a day is shown; {@code cssClass} names its colours in calendar.css. */
    enum Kind {
        WORKDAY(""), WEEKEND("weekend"), HOLIDAY("holiday"), MAKE_UP_WORKDAY("make-up-workday");

        private final String cssClass;

        Kind(String cssClass) {
            this.cssClass = cssClass;
        }

        public String cssClass() {
            return cssClass;
        }
    }

    /** A day of the grid; {@code name} is the holiday's name for holidays and make-up workdays. */
    record Cell(LocalDate date, Kind kind, String name) {
    }

    /** {@code weeks}: rows of seven cells, Monday first; {@code null} pads the days of other months. */
    record Month(YearMonth month, List<List<Cell>> weeks) {
    }

    /** One holiday period of the notice, e.g. 国庆节: off 10-01..10-07, make-up workdays 09-29 and 10-12. */
    record Holiday(String name, List<Range> offDays, List<LocalDate> makeUpWorkdays) {
    }

    record Range(LocalDate first, LocalDate last) {

        public boolean single() {
            return first.equals(last);
        }
    }

    static YearView of(HolidayTable table, int year) {
        List<Month> months = IntStream.rangeClosed(1, 12).mapToObj(m -> month(table, YearMonth.of(year, m))).toList();
        Integer previous = table.years().headSet(year).isEmpty() ? null : table.years().headSet(year).last();
        Integer next = table.years().tailSet(year + 1).isEmpty() ? null : table.years().tailSet(year + 1).first();
        return new YearView(year, previous, next, table.papers(year), months, holidays(table, year));
    }

    private static Month month(HolidayTable table, YearMonth month) {
        List<List<Cell>> weeks = new ArrayList<>();
        Cell[] week = new Cell[7];
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            week[date.getDayOfWeek().getValue() - 1] = cell(table, date);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY || d == month.lengthOfMonth()) {
                weeks.add(Arrays.asList(week));
                week = new Cell[7];
            }
        }
        return new Month(month, weeks);
    }

    private static Cell cell(HolidayTable table, LocalDate date) {
        Optional<HolidayFile.Day> day = table.day(date);
        if (day.isPresent()) {
            return new Cell(date, day.get().offDay() ? Kind.HOLIDAY : Kind.MAKE_UP_WORKDAY, day.get().name());
        }
        return new Cell(date, HolidayFile.isWeekend(date) ? Kind.WEEKEND : Kind.WORKDAY, null);
    }

    /** Consecutive entries with the same name form one holiday period (New Year appears twice: January and December). */
    private static List<Holiday> holidays(HolidayTable table, int year) {
        List<HolidayFile.Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            table.day(d).ifPresent(days::add);
        }
        List<Holiday> holidays = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || !days.get(i).name().equals(days.get(start).name())) {
                holidays.add(holiday(days.subList(start, i)));
                start = i;
            }
        }
        return holidays;
    }

    private static Holiday holiday(List<HolidayFile.Day> days) {
        List<Range> off = new ArrayList<>();
        List<LocalDate> work = new ArrayList<>();
        for (HolidayFile.Day day : days) {
            if (!day.offDay()) {
                work.add(day.date());
            } else if (!off.isEmpty() && off.get(off.size() - 1).last().plusDays(1).equals(day.date())) {
                off.set(off.size() - 1, new Range(off.get(off.size() - 1).first(), day.date()));
            } else {
                off.add(new Range(day.date(), day.date()));
            }
        }
        return new Holiday(days.get(0).name(), off, work);
    }
}
