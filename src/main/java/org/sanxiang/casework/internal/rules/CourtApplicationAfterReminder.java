package org.sanxiang.casework.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政强制法 第五十四条: "行政机关申请人民法院强制执行前，应当催告当事人履行义务。催告书送达十日后当事人仍未履行义务的，行政机关
 * 可以向所在地有管辖权的人民法院申请强制执行" — ten days: working days (第六十九条). The rule reads the day the
 * period ends from the case's facts ({@code reminderPeriodEnds}), which the command computes with the calendar.
 */
@Component
public class CourtApplicationAfterReminder extends LegalRule<CaseStep> {

    /** 行政强制法 第五十四条 */
    public static final int WORKING_DAYS = 10;

    public CourtApplicationAfterReminder() {
        super("court-application-after-reminder", "行政强制法 第五十四条、第六十九条", CONFLICT,
                "催告书送达十个工作日后当事人仍未履行的，方可申请人民法院强制执行",
                "The court is asked to enforce only ten working days after the reminder was served",
                CaseCommands.of("apply-court-enforcement"));
    }

    /** The day the reminder's period ends. */
    public static LocalDate periodEnd(WorkingDayCalendar calendar, LocalDate reminderServedOn) {
        return calendar.addWorkingDays(reminderServedOn, WORKING_DAYS);
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Optional<LocalDate> ends = facts.kase().data().date("reminderPeriodEnds");
        if (ends.isEmpty()) {
            return refuse("尚未向当事人送达催告书", "No reminder has been served");
        }
        LocalDate applied = facts.input().date("appliedOn").orElse(facts.today());
        Optional<LocalDate> mayStillSue = Deadlines.deemedServed(facts.facts()).map(s -> s.plusMonths(6));
        if (mayStillSue.isPresent() && !applied.isAfter(mayStillSue.get())) {
            return refuse("当事人起诉期限至 " + mayStillSue.get() + " 届满，届满前不能申请人民法院强制执行",
                    "The party may sue until " + mayStillSue.get() + "; apply to the court after that");
        }
        return applied.isAfter(ends.get()) ? allowed()
                : refuse("催告书送达后十个工作日（至 " + ends.get() + "）内不能申请强制执行",
                        "Wait until ten working days after the reminder (" + ends.get() + ")");
    }
}
