package org.sanxiang.calendar.internal;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.ledger.SubjectPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's ledger entries as supervisors read them: a year's imported holidays, linked to that year's page. */
@Configuration(proxyBeanMethods = false)
class CalendarLedgerNames {

    private static final String YEAR = "calendar-year";

    @Bean
    LedgerVocabulary calendarVocabulary() {
        return new LedgerVocabulary("calendar", Set.of(YEAR));
    }

    @Bean
    SubjectPages calendarYearSubjects(WorkingDayCalendar calendar) {
        return SubjectPages.of(YEAR, (ids, reader) -> {
            Set<Integer> years = calendar.years();
            return ids.stream().filter(id -> id.matches("\\d{4}") && years.contains(Integer.valueOf(id)))
                    .collect(Collectors.toMap(Function.identity(),
                            id -> new SubjectPages.Subject(id, "/portal/calendar?year=" + id)));
        });
    }
}
