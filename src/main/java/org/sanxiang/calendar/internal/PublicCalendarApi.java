package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.sanxiang.calendar.Estimate;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public working-day API of API-CONTRACT.md ("Calendar"). A year without data answers 422
 * ({@code urn:sanxiang:rule:calendar-year-missing}); with {@code estimate=true} it answers a weekend-only guess
 * marked {@code "estimated": true} and the years it guessed. The two fields appear only when an estimate was asked for.
 */
@RestController
@RequestMapping("/api/v1/public/calendar")
class PublicCalendarApi {

    private final WorkingDayCalendar calendar;
    private final CalendarStore store;

    PublicCalendarApi(WorkingDayCalendar calendar, CalendarStore store) {
        this.calendar = calendar;
        this.store = store;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AddWorkingDays(LocalDate date, int days, LocalDate result, Boolean estimated, SortedSet<Integer> yearsWithoutData) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkingDay(LocalDate date, boolean workingDay, Boolean estimated, SortedSet<Integer> yearsWithoutData) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkingDaysBetween(LocalDate from, LocalDate to, int workingDays, Boolean estimated,
                              SortedSet<Integer> yearsWithoutData) {
    }

    record Years(SortedSet<Integer> years) {
    }

    /** A year in the holiday-cn format it was imported in, so it can be checked or imported elsewhere. */
    record YearFile(int year, List<String> papers, List<Entry> days) {

        record Entry(String name, LocalDate date, @JsonProperty("isOffDay") boolean offDay) {
        }

        static YearFile of(HolidayFile file) {
            return new YearFile(file.year(), file.papers(),
                    file.days().stream().map(d -> new Entry(d.name(), d.date(), d.offDay())).toList());
        }
    }

    /** The {@code days}-th working day after {@code date}; {@code days=0}: the date itself or the next working day. */
    @GetMapping("/add-working-days")
    AddWorkingDays addWorkingDays(@RequestParam(required = false) String date, @RequestParam(required = false) String days,
                                  @RequestParam(defaultValue = "false") boolean estimate) {
        LocalDate d = RequestValues.date("date", date);
        int n = RequestValues.days("days", days);
        if (!estimate) {
            return new AddWorkingDays(d, n, calendar.addWorkingDays(d, n), null, null);
        }
        Estimate<LocalDate> e = calendar.estimateAddWorkingDays(d, n);
        return new AddWorkingDays(d, n, e.value(), e.estimated(), e.yearsWithoutData());
    }

    @GetMapping("/working-day")
    WorkingDay workingDay(@RequestParam(required = false) String date, @RequestParam(defaultValue = "false") boolean estimate) {
        LocalDate d = RequestValues.date("date", date);
        if (!estimate) {
            return new WorkingDay(d, calendar.isWorkingDay(d), null, null);
        }
        Estimate<Boolean> e = calendar.estimateIsWorkingDay(d);
        return new WorkingDay(d, e.value(), e.estimated(), e.yearsWithoutData());
    }

    /** Working days in {@code (from, to]}: the start day does not count, the end day does. */
    @GetMapping("/working-days-between")
    WorkingDaysBetween workingDaysBetween(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                          @RequestParam(defaultValue = "false") boolean estimate) {
        LocalDate f = RequestValues.date("from", from);
        LocalDate t = RequestValues.date("to", to);
        RequestValues.range(f, t);
        if (!estimate) {
            return new WorkingDaysBetween(f, t, calendar.workingDaysBetween(f, t), null, null);
        }
        Estimate<Integer> e = calendar.estimateWorkingDaysBetween(f, t);
        return new WorkingDaysBetween(f, t, e.value(), e.estimated(), e.yearsWithoutData());
    }

    /** The years with holiday data: outside them the strict endpoints answer 422. */
    @GetMapping("/years")
    Years years() {
        return new Years(calendar.years());
    }

    @GetMapping("/years/{year}")
    YearFile year(@PathVariable int year) {
        return store.load(year).map(YearFile::of).orElseThrow(() -> new NotFoundException(
                "尚无 " + year + " 年的节假日数据", "no holiday data for " + year));
    }
}
