package org.sanxiang.calendar;

import org.sanxiang.platform.RuleViolationException;

/**
 * Rule {@value #RULE}: a date lies in a year for which no holiday notice has been loaded, so whether it is a working
 * day is unknown, and the calendar never guesses silently (422). The notice is published by the State Council each
 * year, usually in November; an administrator imports it.
 */
public class CalendarYearMissingException extends RuleViolationException {

    public static final String RULE = "calendar-year-missing";
    public static final String LEGAL_BASIS = "《全国年节及纪念日放假办法》；国务院办公厅当年部分节假日安排的通知";

    private final int year;

    public CalendarYearMissingException(int year) {
        super(RULE, LEGAL_BASIS, 422,
                "尚无 " + year + " 年的节假日安排数据，无法计算工作日；请管理员导入该年的节假日文件",
                "No holiday data for " + year + ", so working days cannot be counted; an administrator must import that year");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
