package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The ledger page's filter: days in Beijing time, and input it cannot use refused beside its field. */
class EntryFilterTest {

    @Test
    void theDaysAreWholeBeijingDaysBothIncluded() {
        EntryFilter filter = EntryFilter.parse(null, null, null, "2026-03-01", "2026-03-02", null);
        assertThat(filter.fromInstant()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(filter.beforeInstant()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
    }

    @Test
    void aFirstDayAfterTheLastIsRefusedInChineseBesideTheFirstDay() {
        EntryFilter.Invalid refused = catchThrowableOfType(EntryFilter.Invalid.class,
                () -> EntryFilter.parse(null, null, null, "2026-03-05", "2026-03-01", null));
        assertThat(refused.field()).isEqualTo("from");
        assertThat(refused.zh()).isEqualTo("起始日期不能晚于截止日期");
    }

    @Test
    void aDayThatIsNoDateIsRefusedBesideItsField() {
        EntryFilter.Invalid refused = catchThrowableOfType(EntryFilter.Invalid.class,
                () -> EntryFilter.parse(null, null, null, null, "2026-02-30", null));
        assertThat(refused.field()).isEqualTo("to");
        assertThat(refused.zh()).contains("年-月-日", "2026-02-30");
    }

    @Test
    void blankPartsFilterNothing() {
        assertThat(EntryFilter.parse(" ", "", null, "", " ", "  ")).isEqualTo(new EntryFilter(null, null, null, null, null, null));
    }
}
