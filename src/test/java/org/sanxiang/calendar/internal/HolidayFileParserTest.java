package org.sanxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidayFileParserTest {

    private static HolidayFile parse(String json) {
        return HolidayFileParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidHolidayFileException refused(String json) {
        return catchThrowableOfType(InvalidHolidayFileException.class, () -> parse(json));
    }

    @Test
    void aFileInTheHolidayCnFormatIsRead() {
        HolidayFile file = parse("""
                {"year":2027,"papers":["https://www.gov.cn/x"],"days":[
                 {"name":"元旦","date":"2026-12-31","isOffDay":true},
                 {"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"春节","date":"2027-02-06","isOffDay":false}]}""");
        assertThat(file.year()).isEqualTo(2027);
        assertThat(file.papers()).containsExactly("https://www.gov.cn/x");
        assertThat(file.days()).contains(new HolidayFile.Day(LocalDate.parse("2027-02-06"), "春节", false));
        assertThat(file.days().get(2).makeUpWorkday()).as("2027-02-06 is a Saturday").isTrue();
    }

    @Test
    void everyProblemOfAFileIsReportedInChinese() {
        InvalidHolidayFileException e = refused("""
                {"year":2027,"papers":[],"days":[
                 {"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"元旦","date":"2027-01-01","isOffDay":true},
                 {"name":"春节","date":"2027-02-30","isOffDay":true},
                 {"name":"国庆","date":"2027/10/01","isOffDay":true},
                 {"name":"","date":"2027-10-02","isOffDay":"yes"},
                 {"name":"国庆","date":"2028-10-02","isOffDay":true}]}""");
        assertThat(e.problems()).extracting(Problem::zh).containsExactly(
                "日期 2027-01-01 重复出现（第 1 条和第 2 条）",
                "第 3 条的日期 date 无效，应为 YYYY-MM-DD 格式的真实日期：\"2027-02-30\"",
                "第 4 条的日期 date 无效，应为 YYYY-MM-DD 格式的真实日期：\"2027/10/01\"",
                "第 5 条缺少节日名称 name（1–100 个字符）",
                "第 5 条的 isOffDay 应为 true（放假）或 false（调休上班）",
                "第 6 条的日期 2028-10-02 不属于 2027 年（只允许本年及相邻的上年12月、下年1月）");
    }

    @Test
    void aFileWithoutYearOrDaysIsRefused() {
        assertThat(refused("{\"papers\":[]}").problems()).extracting(Problem::en).containsExactly(
                "year must be a whole number between 2000 and 2199", "days must be an array of day entries");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        assertThat(refused("year: 2027").problems().get(0).zh()).startsWith("文件不是有效的 JSON");
        assertThat(refused("[1,2]").problems().get(0).zh()).contains("JSON 对象");
    }

    @Test
    void aFileWhoseDaysAllBelongToAnotherYearIsRefused() {
        assertThat(refused("""
                {"year":2027,"papers":[],"days":[{"name":"元旦","date":"2026-12-31","isOffDay":true}]}""")
                .problems()).extracting(Problem::zh).containsExactly("days 中没有任何 2027 年的日期");
    }
}
