package org.sanxiang.casework.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.internal.ShippedCalendar;
import org.sanxiang.casework.CaseSteps;

class CourtApplicationAfterReminderTest {

    final CourtApplicationAfterReminder rule = new CourtApplicationAfterReminder();

    static CaseSteps applyOn(String day) {
        return step("apply-court-enforcement").fact("reminderPeriodEnds", day("2026-10-20"))
                .input("appliedOn", day(day));
    }

    @Test
    void theReminderPeriodIsTenWorkingDaysNotCountingNationalDay() {
        // served on the last day before the holiday of 1–7 October 2026; Saturday 10 October is a make-up workday
        assertThat(CourtApplicationAfterReminder.periodEnd(ShippedCalendar.get(), day("2026-09-30")))
                .isEqualTo(day("2026-10-20"));
    }

    @Test
    void theCourtIsAskedToEnforceOnlyAfterTheTenWorkingDaysAfterTheReminder() {
        refused(rule, applyOn("2026-10-20"), "催告书送达后十个工作日（至 2026-10-20）内不能申请强制执行");
        allowed(rule, applyOn("2026-10-21"));
    }

    @Test
    void withoutAServedReminderTheCourtIsNotAsked() {
        refused(rule, step("apply-court-enforcement"), "尚未向当事人送达催告书");
    }

    @Test
    void withoutAnApplicationDateTodayIsTheDayOfApplication() {
        refused(rule, step("apply-court-enforcement").fact("reminderPeriodEnds", day("2026-12-01")), "内不能申请");
        allowed(rule, step("apply-court-enforcement").fact("reminderPeriodEnds", day("2026-11-30")));
    }

    @Test
    @Disabled("bug: CourtApplicationAfterReminder lets the court be asked while the party may still sue; 行政强制法 "
            + "第五十三条 allows it only once the six months to sue (行政诉讼法 第四十六条) have passed since service")
    void theCourtIsAskedOnlyOnceThePartyMayNoLongerSue() {
        CaseSteps early = step("apply-court-enforcement").fact("servedOn", day("2026-03-02")).fact("method", "DIRECT")
                .fact("outcome", "PENALTY").fact("reminderPeriodEnds", day("2026-04-20"))
                .input("appliedOn", day("2026-07-01")).on(day("2026-07-01"));
        refused(rule, early, "强制执行");
        allowed(rule, early.input("appliedOn", day("2026-09-03")).on(day("2026-09-03")));
    }
}
