package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import java.util.List;

import org.junit.jupiter.api.Test;

class HearingPresidedByNonInvestigatorTest {

    final HearingPresidedByNonInvestigator rule = new HearingPresidedByNonInvestigator();

    @Test
    void theHearingIsPresidedOverBySomeoneWhoDidNotInvestigateTheCase() {
        allowed(rule, step("notify-hearing").input("presiding", List.of(9L)));
        refused(rule, step("notify-hearing").input("presiding", List.of(2L)), "听证主持人是本案调查人员，须另行指定");
    }

    @Test
    void oneOfficerPresides() {
        refused(rule, step("notify-hearing").input("presiding", List.of(8L, 9L)), "须指定一名听证主持人");
    }
}
