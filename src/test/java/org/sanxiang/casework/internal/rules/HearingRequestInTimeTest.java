package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.internal.deadline.Deadlines;

class HearingRequestInTimeTest {

    final HearingRequestInTime rule = new HearingRequestInTime();

    /** Notice served on 2026-09-30: the fifth working day after it is 2026-10-13 (National Day). */
    static CaseSteps requestedOn(String day) {
        return step("request-hearing").deadline(Deadlines.HEARING_REQUEST, day("2026-10-13"))
                .input("hearingRequestedOn", day(day)).on(day("2026-10-20"));
    }

    @Test
    void aHearingIsAskedForWithinFiveWorkingDaysOfTheNotice() {
        allowed(rule, requestedOn("2026-10-08"));
        allowed(rule, requestedOn("2026-10-13"));
        refused(rule, requestedOn("2026-10-14"), "听证申请期限已于 2026-10-13 届满（告知后五个工作日），当事人视为放弃听证");
    }

    @Test
    void aRequestIsNotDatedAfterToday() {
        refused(rule, requestedOn("2026-10-09").on(day("2026-10-08")), "听证申请日期不能晚于今天");
    }
}
