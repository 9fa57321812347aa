package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.CalendarYearMissingException;
import org.sanxiang.calendar.Estimate;

/** Working-day arithmetic on the holiday files Sanxiang ships (国务院办公厅 yearly notices via holiday-cn). */
class HolidayTableTest {

    private static final HolidayTable CALENDAR = new HolidayTable(ShippedHolidayFiles.parsed());
    /**
     * The shipped years up to 2026 only: the behaviour at the end of the data stays testable with known dates when
     * a later year ships, instead of these tests breaking on the next State Council notice.
     */
    private static final HolidayTable UP_TO_2026 = new HolidayTable(ShippedHolidayFiles.parsed().stream()
            .filter(f -> f.year() <= 2026).toList());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theShippedDataCoversEveryYearFrom2007WithoutAGap() {
        assertThat(CALENDAR.years()).first().isEqualTo(2007);
        assertThat(CALENDAR.years()).contains(2026);
        assertThat(CALENDAR.years()).hasSize(CALENDAR.years().last() - 2007 + 1);
    }

    @Test
    void nationalDayIsNotAWorkingDayAlthoughItIsATuesday() {
        assertThat(CALENDAR.isWorkingDay(d("2024-10-01"))).isFalse();
    }

    @Test
    void makeUpSaturdaysAndSundaysOf2024AreWorkingDays() {
        assertThat(CALENDAR.isWorkingDay(d("2024-09-29"))).as("Sunday before National Day").isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2024-10-12"))).as("Saturday after National Day").isTrue();
    }

    @Test
    void anOrdinaryWeekendIsOffAndAnOrdinaryWeekdayIsWorking() {
        assertThat(CALENDAR.isWorkingDay(d("2024-10-19"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2024-10-21"))).isTrue();
    }

    @Test
    void springFestival2026RunsFromTheFifteenthToTheTwentyThirdOfFebruary() {
        assertThat(CALENDAR.isWorkingDay(d("2026-02-14"))).as("make-up Saturday").isTrue();
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(d("2026-02-28"))).as("make-up Saturday").isTrue();
    }

    @Test
    void fiveWorkingDaysAfterTheLastDayBeforeNationalDayLandAfterTheHoliday() {
        // Mon 2024-09-30 is the last working day before 10-01..10-07; 10-08, 09, 10, 11 and make-up Sat 10-12 follow
        assertThat(CALENDAR.addWorkingDays(d("2024-09-30"), 5)).isEqualTo(d("2024-10-12"));
    }

    @Test
    void aHearingRequestServedBeforeSpringFestival2026IsDueAfterIt() {
        // Fri 2026-02-13 + 5 working days: make-up Sat 02-14, then 02-24, 25, 26, 27
        assertThat(CALENDAR.addWorkingDays(d("2026-02-13"), 5)).isEqualTo(d("2026-02-27"));
    }

    @Test
    void zeroWorkingDaysKeepAWorkingDayAndRollAHolidayForward() {
        assertThat(CALENDAR.addWorkingDays(d("2024-09-30"), 0)).isEqualTo(d("2024-09-30"));
        assertThat(CALENDAR.addWorkingDays(d("2024-10-01"), 0)).isEqualTo(d("2024-10-08"));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.addWorkingDays(d("2024-09-30"), -1));
    }

    @Test
    void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        assertThat(CALENDAR.workingDaysBetween(d("2024-09-30"), d("2024-10-12"))).isEqualTo(5);
        assertThat(CALENDAR.workingDaysBetween(d("2024-10-12"), d("2024-09-30"))).isEqualTo(-5);
        assertThat(CALENDAR.workingDaysBetween(d("2024-10-12"), d("2024-10-12"))).isZero();
    }

    @Test
    void countingBetweenUndoesAdding() {
        for (int n = 1; n <= 40; n++) {
            LocalDate start = d("2025-12-20");
            assertThat(CALENDAR.workingDaysBetween(start, CALENDAR.addWorkingDays(start, n))).isEqualTo(n);
        }
    }

    @Test
    void aNewYearHolidayListedOnlyInTheNextYearsNoticeCounts() {
        // 2018-12-31 is off only according to 2019.json; 2018-12-29 (Saturday) is a make-up workday
        assertThat(CALENDAR.isWorkingDay(d("2018-12-31"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(d("2018-12-29"))).isTrue();
    }

    @Test
    void aDateInAYearWithoutDataIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> UP_TO_2026.isWorkingDay(d("2027-03-01")))
                .isInstanceOfSatisfying(CalendarYearMissingException.class, e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> UP_TO_2026.addWorkingDays(d("2026-12-28"), 5))
                .isInstanceOf(CalendarYearMissingException.class);
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2006-12-30")))
                .as("2007.json mentions 2006-12-30, but 2006 itself was never loaded")
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void anEstimateIntoAYearWithoutDataIsFlaggedAndCountsWeekdays() {
        Estimate<LocalDate> estimate = UP_TO_2026.estimateAddWorkingDays(d("2026-12-30"), 3);
        // Thu 12-31 (2026 data), then Fri 2027-01-01 and Mon 01-04 counted as plain weekdays
        assertThat(estimate.value()).isEqualTo(d("2027-01-04"));
        assertThat(estimate.estimated()).isTrue();
        assertThat(estimate.yearsWithoutData()).containsExactly(2027);
    }

    @Test
    void anEstimateWithinLoadedYearsIsExactAndNotFlagged() {
        Estimate<LocalDate> estimate = CALENDAR.estimateAddWorkingDays(d("2024-09-30"), 5);
        assertThat(estimate.value()).isEqualTo(d("2024-10-12"));
        assertThat(estimate.estimated()).isFalse();
        assertThat(CALENDAR.estimateIsWorkingDay(d("2024-10-01")).value()).isFalse();
        assertThat(CALENDAR.estimateWorkingDaysBetween(d("2024-09-30"), d("2024-10-12")))
                .isEqualTo(new Estimate<>(5, new java.util.TreeSet<>()));
    }

    @Test
    void theOwnYearsNoticeOverridesTheNeighboursWordOnTheSameDate() {
        HolidayFile.Day fromNextYear = new HolidayFile.Day(d("2030-12-31"), "元旦", true);
        HolidayFile.Day fromOwnYear = new HolidayFile.Day(d("2030-12-31"), "调休", false);
        HolidayFile y2031 = new HolidayFile(2031, List.of(), List.of(fromNextYear));
        HolidayFile y2030 = new HolidayFile(2030, List.of(), List.of(fromOwnYear));
        assertThat(new HolidayTable(List.of(y2031, y2030)).isWorkingDay(d("2030-12-31"))).isTrue();
        assertThat(new HolidayTable(List.of(y2030, y2031)).isWorkingDay(d("2030-12-31"))).isTrue();
    }

    @Test
    void aRangeLongerThanTenYearsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CALENDAR.workingDaysBetween(d("2007-01-01"), d("2026-12-31")));
    }
}
