package org.sanxiang.calendar.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a holiday-cn year file (format: {@code calendar/holidays-cn/schema.json}). Every problem is
 * collected, not just the first, so an administrator fixes the file in one round.
 */
final class HolidayFileParser {

    /** Years the notices can plausibly be about; anything else is a typing error. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2199;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private HolidayFileParser() {
    }

    static HolidayFile parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidHolidayFileException(List.of(new Problem(
                    "文件不是有效的 JSON：" + e.getOriginalMessage(), "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidHolidayFileException(List.of(new Problem(
                    "文件内容应为一个 JSON 对象（含 year、papers、days）", "the file must hold one JSON object with year, papers and days")));
        }
        List<Problem> problems = new ArrayList<>();
        Integer year = year(root.get("year"), problems);
        List<String> papers = papers(root.get("papers"), problems);
        List<HolidayFile.Day> days = days(root.get("days"), year, problems);
        if (!problems.isEmpty()) {
            throw new InvalidHolidayFileException(problems);
        }
        return new HolidayFile(year, papers, days);
    }

    private static Integer year(JsonNode node, List<Problem> problems) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()
                || node.intValue() < MIN_YEAR || node.intValue() > MAX_YEAR) {
            problems.add(new Problem("year 应为 " + MIN_YEAR + "–" + MAX_YEAR + " 之间的整数年份",
                    "year must be a whole number between " + MIN_YEAR + " and " + MAX_YEAR));
            return null;
        }
        return node.intValue();
    }

    private static List<String> papers(JsonNode node, List<Problem> problems) {
        List<String> papers = new ArrayList<>();
        if (node == null || !node.isArray() || !node.values().stream().allMatch(JsonNode::isString)) {
            problems.add(new Problem("papers 应为文件网址（字符串）的数组，可以为空数组",
                    "papers must be an array of strings (the notices' web addresses), possibly empty"));
            return papers;
        }
        node.values().forEach(p -> papers.add(p.stringValue()));
        return papers;
    }

    private static List<HolidayFile.Day> days(JsonNode node, Integer year, List<Problem> problems) {
        List<HolidayFile.Day> days = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add(new Problem("days 应为日期条目的数组", "days must be an array of day entries"));
            return days;
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        int i = 0;
        for (JsonNode entry : node.values()) {
            i++;
            HolidayFile.Day day = day(entry, i, problems);
            if (day == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(day.date(), i);
            if (first != null) {
                problems.add(new Problem("日期 " + day.date() + " 重复出现（第 " + first + " 条和第 " + i + " 条）",
                        "date " + day.date() + " appears twice (entries " + first + " and " + i + ")"));
            } else if (year != null && !belongsTo(day.date(), year)) {
                problems.add(new Problem("第 " + i + " 条的日期 " + day.date() + " 不属于 " + year + " 年（只允许本年及相邻的上年12月、下年1月）",
                        "entry " + i + ": " + day.date() + " is not in " + year
                                + " (only that year, the December before and the January after are allowed)"));
            }
            days.add(day);
        }
        if (year != null && days.stream().noneMatch(d -> d.date().getYear() == year)) {
            problems.add(new Problem("days 中没有任何 " + year + " 年的日期", "days holds no date of " + year));
        }
        return days;
    }

    private static HolidayFile.Day day(JsonNode entry, int i, List<Problem> problems) {
        String where = "第 " + i + " 条";
        if (!entry.isObject()) {
            problems.add(new Problem(where + "应为含 name、date、isOffDay 的对象", "entry " + i + " must be an object with name, date and isOffDay"));
            return null;
        }
        JsonNode name = entry.get("name");
        JsonNode date = entry.get("date");
        JsonNode offDay = entry.get("isOffDay");
        int before = problems.size();
        if (name == null || !name.isString() || name.stringValue().isBlank() || name.stringValue().length() > 100) {
            problems.add(new Problem(where + "缺少节日名称 name（1–100 个字符）", "entry " + i + ": name (1-100 characters) is missing"));
        }
        LocalDate parsed = date(date);
        if (parsed == null) {
            problems.add(new Problem(where + "的日期 date 无效，应为 YYYY-MM-DD 格式的真实日期" + (date == null ? "" : "：" + date),
                    "entry " + i + ": date must be a real date written YYYY-MM-DD" + (date == null ? "" : ", got " + date)));
        }
        if (offDay == null || !offDay.isBoolean()) {
            problems.add(new Problem(where + "的 isOffDay 应为 true（放假）或 false（调休上班）",
                    "entry " + i + ": isOffDay must be true (day off) or false (make-up workday)"));
        }
        return problems.size() == before ? new HolidayFile.Day(parsed, name.stringValue().strip(), offDay.booleanValue()) : null;
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isString() || !ISO_DATE.matcher(node.stringValue()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A notice for year Y may reach into the neighbouring weeks: make-up days for New Year fall in the December
     * before (2019.json: 2018-12-29), and a notice could end a holiday in the January after.
     */
    private static boolean belongsTo(LocalDate date, int year) {
        return date.getYear() == year
                || date.getYear() == year - 1 && date.getMonth() == Month.DECEMBER
                || date.getYear() == year + 1 && date.getMonth() == Month.JANUARY;
    }
}
