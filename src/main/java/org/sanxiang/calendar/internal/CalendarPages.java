package org.sanxiang.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SortedSet;

import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public calendar page: a year's months with holidays and make-up workdays marked. */
@Controller
class CalendarPages {


    private final CalendarCache calendar;
    private final Clock clock;

    CalendarPages(CalendarCache calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Without {@code year}: this year, or the latest year with data if this year's notice is not in yet. */
    @GetMapping("/portal/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        HolidayTable table = calendar.table();
        SortedSet<Integer> years = table.years();
        int shown = year != null ? year : defaultYear(years);
        if (!years.contains(shown)) {
            throw new NotFoundException(
                    "尚无 " + shown + " 年的节假日安排数据" + (years.isEmpty() ? "" : "（已有 " + years.first() + "–" + years.last() + " 年）"),
                    "No holiday data for " + shown + (years.isEmpty() ? "" : " (available: " + years.first() + "-" + years.last() + ")"));
        }
        model.addAttribute("view", YearView.of(table, shown));
        model.addAttribute("today", LocalDate.now(clock.withZone(ChinaTime.ZONE)));
        return "calendar/year";
    }

    private int defaultYear(SortedSet<Integer> years) {
        int thisYear = LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
        return years.contains(thisYear) || years.isEmpty() ? thisYear : years.last();
    }
}
