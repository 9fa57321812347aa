package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CalendarYearMissingTest {

    final CalendarYearMissing rule = new CalendarYearMissing();

    @Test
    void workingDaysOfAYearWithoutItsHolidayNoticeAreRefusedNotGuessed() {
        assertThat(rule.check(new CalendarYearNeeded(2026, Set.of(2025, 2026)))).isEmpty();
        assertThat(rule.check(new CalendarYearNeeded(2027, Set.of(2025, 2026)))).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.messages().zh()).startsWith("尚无 2027 年的节假日安排数据").endsWith("规则 calendar-year-missing）");
        });
    }
}
