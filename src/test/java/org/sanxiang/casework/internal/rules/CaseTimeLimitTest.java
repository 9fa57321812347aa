package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.internal.deadline.Deadlines;

class CaseTimeLimitTest {

    final CaseTimeLimit rule = new CaseTimeLimit();

    static CaseSteps decideOn(String today) {
        return step("decide").deadline(Deadlines.CASE_TIME_LIMIT, day("2026-12-01")).on(day(today));
    }

    @Test
    void aCaseIsDecidedWithinNinetyDaysOfFilingAtTheLatestOnTheLastDay() {
        allowed(rule, decideOn("2026-11-30"));
        allowed(rule, decideOn("2026-12-01"));
    }

    @Test
    void pastTheLimitTheCaseIsFirstExtended() {
        refused(rule, decideOn("2026-12-02"), "办案期限已于 2026-12-01 届满", "须经批准延长办案期限");
    }
}
