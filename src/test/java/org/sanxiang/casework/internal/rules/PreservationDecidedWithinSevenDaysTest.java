package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.internal.deadline.Deadlines;

class PreservationDecidedWithinSevenDaysTest {

    final PreservationDecidedWithinSevenDays rule = new PreservationDecidedWithinSevenDays();

    /** Preserved on 2026-09-30: the seventh working day after it is 2026-10-15 (National Day). */
    static CaseSteps decisionOn(String today) {
        return step("decide-preservation").deadline(Deadlines.PRESERVATION_DECISION, day("2026-10-15"))
                .on(day(today));
    }

    @Test
    void preservedEvidenceIsDecidedOnWithinSevenWorkingDays() {
        allowed(rule, decisionOn("2026-10-15"));
        refused(rule, decisionOn("2026-10-16"), "先行登记保存已于 2026-10-15 逾期（七个工作日），措施自动解除");
    }

    @Test
    void preservedEvidenceIsDecidedOnOnce() {
        refused(rule, step("decide-preservation").deadline(Deadlines.PRESERVATION_DECISION, day("2026-10-15"),
                day("2026-10-09")).on(day("2026-10-12")), "该先行登记保存已于 2026-10-09 作出处理决定");
    }

    @Test
    void withoutPreservationThereIsNothingToDecide() {
        refused(rule, step("decide-preservation"), "本案没有先行登记保存的证据");
    }
}
