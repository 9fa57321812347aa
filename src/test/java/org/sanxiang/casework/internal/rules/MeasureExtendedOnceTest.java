package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.AGENCY_HEAD;
import static org.sanxiang.casework.CaseSteps.TODAY;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.deadline.Deadlines;

class MeasureExtendedOnceTest {

    final MeasureExtendedOnce rule = new MeasureExtendedOnce();

    /** A seizure whose thirty days end on {@code due}, extended by this many days. */
    static CaseSteps extension(int days, LocalDate due) {
        return step(Procedure.COERCIVE_MEASURE, "extend-measure").by(AGENCY_HEAD, null).input("days", days)
                .deadline(Deadlines.MEASURE_PERIOD, due);
    }

    @Test
    void aSeizureIsExtendedByThirtyDaysAtMost() {
        allowed(rule, extension(30, TODAY.plusDays(3)));
        refused(rule, extension(31, TODAY.plusDays(3)), "延长期限不得超过三十日");
    }

    @Test
    void aSeizureIsExtendedOnce() {
        refused(rule, extension(10, TODAY.plusDays(20)).taken("extend-measure", TODAY.minusDays(5), "days", 20),
                "查封、扣押期限已延长过一次，不得再次延长");
    }

    @Test
    void anExpiredSeizureIsReleasedNotExtended() {
        allowed(rule, extension(30, TODAY));
        refused(rule, extension(30, TODAY.minusDays(1)), "查封、扣押期限已于 " + TODAY.minusDays(1) + " 届满，应当解除");
    }
}
