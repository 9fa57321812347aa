package org.sanxiang.calendar.internal;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * Working days of a year are known only from the State Council's notice for that year (部分节假日安排的通知), so a
 * period that reaches into a year without it is refused rather than guessed from weekends alone.
 */
@Component
class CalendarYearMissing extends LegalRule<CalendarYearNeeded> {

    CalendarYearMissing() {
        super("calendar-year-missing", "《全国年节及纪念日放假办法》；国务院办公厅当年部分节假日安排的通知", UNPROCESSABLE,
                "没有当年节假日安排数据的年份，不计算工作日，也不按周末估算",
                "Working days are not counted, nor guessed from weekends, in a year without its holiday notice",
                CalendarYearNeeded.COMMAND);
    }

    @Override
    public Optional<Refusal> check(CalendarYearNeeded facts) {
        int year = facts.year();
        return facts.loaded().contains(year) ? allowed()
                : refuse("尚无 " + year + " 年的节假日安排数据，无法计算工作日；请管理员导入该年的节假日文件",
                        "No holiday data for " + year + ", so working days cannot be counted; an administrator must "
                                + "import that year");
    }
}
