package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class YearViewTest {

    private static final HolidayTable CALENDAR = new HolidayTable(ShippedHolidayFiles.parsed());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void nationalDay2026IsOnePeriodAlthoughMidAutumnLiesBetweenItsMakeUpDayAndItsHoliday() {
        YearView view = YearView.of(CALENDAR, 2026);
        assertThat(view.holidays()).extracting(YearView.Holiday::name)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节", "中秋节");
        assertThat(view.holidays().get(5)).isEqualTo(new YearView.Holiday("国庆节",
                List.of(new YearView.Range(d("2026-10-01"), d("2026-10-07"))), List.of(d("2026-09-20"), d("2026-10-10"))));
    }

    @Test
    void theNewYearDaysOfNextYearsNoticeAreTheirOwnPeriodInDecember() {
        List<YearView.Holiday> holidays = YearView.of(CALENDAR, 2018).holidays();
        assertThat(holidays.get(0).name()).isEqualTo("元旦");
        assertThat(holidays.get(holidays.size() - 1)).isEqualTo(new YearView.Holiday("元旦",
                List.of(new YearView.Range(d("2018-12-30"), d("2018-12-31"))), List.of(d("2018-12-29"))));
    }

    @Test
    void theMonthGridStartsOnMondayAndMarksHolidaysAndMakeUpDays() {
        YearView view = YearView.of(CALENDAR, 2024);
        YearView.Month october = view.months().get(9);
        List<YearView.Cell> firstWeek = october.weeks().get(0);
        assertThat(firstWeek.get(0)).as("Monday 2024-09-30 belongs to September").isNull();
        assertThat(firstWeek.get(1)).isEqualTo(new YearView.Cell(d("2024-10-01"), YearView.Kind.HOLIDAY, "国庆节"));
        assertThat(october.weeks().get(1).get(5)).isEqualTo(new YearView.Cell(d("2024-10-12"), YearView.Kind.MAKE_UP_WORKDAY, "国庆节"));
        assertThat(october.weeks().get(2).get(6).kind()).isEqualTo(YearView.Kind.WEEKEND);
        assertThat(view.previousYear()).isEqualTo(2023);
        assertThat(view.nextYear()).isEqualTo(2025);
    }
}
