package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.sanxiang.calendar.CalendarYearMissingException;
import org.sanxiang.calendar.Estimate;
import org.sanxiang.calendar.WorkingDayCalendar;

/**
 * An immutable snapshot of the loaded year files and the working-day arithmetic over it. Pure: no database,
 * no clock, so the arithmetic is tested on the shipped data alone.
 *
 * <p>The days of all files are merged. On a date listed by two files, the file of that date's own year wins;
 * the other entries still count, because a notice reaches into the neighbouring year (2018-12-31 is a holiday
 * only in 2019.json). A year "has data" only when its own file was loaded; its last days may still change when
 * the next year's notice is imported.
 */
final class HolidayTable implements WorkingDayCalendar {

    /** The rule has no parameters, so this instance judges as the catalogue's bean does. */
    private static final CalendarYearMissing YEAR_MISSING = new CalendarYearMissing();

    private final SortedSet<Integer> years;
    private final Map<LocalDate, HolidayFile.Day> days;
    private final Map<Integer, List<String>> papers;

    HolidayTable(Collection<HolidayFile> files) {
        SortedSet<Integer> loaded = new TreeSet<>();
        Map<LocalDate, HolidayFile.Day> merged = new HashMap<>();
        Map<Integer, List<String>> sources = new HashMap<>();
        for (HolidayFile file : files) {
            loaded.add(file.year());
            sources.put(file.year(), file.papers());
            file.days().stream().filter(d -> !ownYear(d, file)).forEach(d -> merged.putIfAbsent(d.date(), d));
        }
        // then the own-year entries, which override whatever a neighbour's notice said
        files.forEach(f -> f.days().stream().filter(d -> ownYear(d, f)).forEach(d -> merged.put(d.date(), d)));
        this.years = Collections.unmodifiableSortedSet(loaded);
        this.days = Map.copyOf(merged);
        this.papers = Map.copyOf(sources);
    }

    private static boolean ownYear(HolidayFile.Day day, HolidayFile file) {
        return day.date().getYear() == file.year();
    }

    static HolidayTable empty() {
        return new HolidayTable(List.of());
    }

    @Override
    public SortedSet<Integer> years() {
        return years;
    }

    /** The web addresses of the notice a year's data comes from. */
    List<String> papers(int year) {
        return papers.getOrDefault(year, List.of());
    }

    /** The holiday or make-up workday on this date, if the notices name it. */
    Optional<HolidayFile.Day> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return strict().test(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return DayCounter.add(date, n, strict());
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return DayCounter.between(from, to, strict());
    }

    @Override
    public Estimate<Boolean> estimateIsWorkingDay(LocalDate date) {
        SortedSet<Integer> missing = new TreeSet<>();
        return new Estimate<>(estimating(missing).test(date), missing);
    }

    @Override
    public Estimate<LocalDate> estimateAddWorkingDays(LocalDate date, int n) {
        SortedSet<Integer> missing = new TreeSet<>();
        return new Estimate<>(DayCounter.add(date, n, estimating(missing)), missing);
    }

    @Override
    public Estimate<Integer> estimateWorkingDaysBetween(LocalDate from, LocalDate to) {
        SortedSet<Integer> missing = new TreeSet<>();
        return new Estimate<>(DayCounter.between(from, to, estimating(missing)), missing);
    }

    private Predicate<LocalDate> strict() {
        return date -> {
            YEAR_MISSING.check(new CalendarYearNeeded(date.getYear(), years)).ifPresent(refusal -> {
                throw new CalendarYearMissingException(date.getYear(), refusal);
            });
            return fromData(date);
        };
    }

    /** Weekend-only for years without data, recording each such year in {@code missing}. */
    private Predicate<LocalDate> estimating(SortedSet<Integer> missing) {
        return date -> {
            if (years.contains(date.getYear())) {
                return fromData(date);
            }
            missing.add(date.getYear());
            return !HolidayFile.isWeekend(date);
        };
    }

    private boolean fromData(LocalDate date) {
        HolidayFile.Day day = days.get(date);
        return day != null ? !day.offDay() : !HolidayFile.isWeekend(date);
    }
}
