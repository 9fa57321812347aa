package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellDatesTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31", "2026-1-31", "2026/1/31", "2026/01/31", "2026.1.31", "2026年1月31日",
        "2026 年 1 月 31 日", " 2026-01-31 ", "2026-01-31 00:00:00", "2026/1/31 0:00"})
    void aDateTypedAsTextInTheFormsChineseSpreadsheetsUseIsRead(String text) {
        assertThat(CellDates.parse(text)).contains(JAN_31);
    }

    @Test
    void aBareNumberIsExcelsSerialOfTheDay() {
        assertThat(CellDates.parse("46053")).contains(JAN_31);
        assertThat(CellDates.parse("46327")).contains(LocalDate.of(2026, 11, 1));
        assertThat(CellDates.parse("46053.75")).as("a time of day is dropped").contains(JAN_31);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024", "20240131", "2026-13-01", "2026-02-30", "2026/1-31", "31/01/2026",
        "明天", "2026年1月", "-46053", "4605312345678"})
    void anythingElseIsNoDate(String text) {
        assertThat(CellDates.parse(text)).isEmpty();
    }

    @Test
    void serialsCountFromExcelsDayZeroInEitherDateSystem() {
        assertThat(CellDates.fromSerial(new java.math.BigDecimal("46053"), false)).isEqualTo(JAN_31);
        assertThat(CellDates.fromSerial(new java.math.BigDecimal("44591"), true)).isEqualTo(JAN_31);
    }

    @Test
    void aNumberFormatShowsADateWhenItIsABuiltInDateFormatOrHasAYearOrDayInIt() {
        assertThat(CellDates.isDateFormat(14, null)).isTrue();
        assertThat(CellDates.isDateFormat(31, null)).as("yyyy\"年\"m\"月\"d\"日\" of Chinese Excel").isTrue();
        assertThat(CellDates.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\";@")).isTrue();
        assertThat(CellDates.isDateFormat(177, "[$-804]yyyy/m/d")).isTrue();
        assertThat(CellDates.isDateFormat(0, null)).as("General").isFalse();
        assertThat(CellDates.isDateFormat(178, "0\" days\"")).as("a literal is no date code").isFalse();
        assertThat(CellDates.isDateFormat(179, "#,##0.00_);[Red](#,##0.00)")).isFalse();
        assertThat(CellDates.isDateFormat(49, "@")).isFalse();
    }
}
