package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.TODAY;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class RecusalDecidedBeforeDecisionTest {

    final RecusalDecidedBeforeDecision rule = new RecusalDecidedBeforeDecision();

    static CaseSteps recusalOf(String transition, long officer) {
        return step(transition).taken("declare-recusal", TODAY.minusDays(9), "recusedOfficer", List.of(officer));
    }

    @Test
    void theReportAndTheDecisionWaitForTheHeadsDecisionOnARecusal() {
        refused(rule, recusalOf("conclude-investigation", 2), "有回避申请尚待负责人决定");
        refused(rule, recusalOf("decide", 2), "有回避申请尚待负责人决定");
        allowed(rule, recusalOf("decide", 2).taken("decide-recusal", TODAY.minusDays(8), "recusedOfficer",
                List.of(2L), "recusal", "NOT_RECUSED"));
    }

    @Test
    void everyRecusalAskedIsDecided() {
        refused(rule, recusalOf("decide", 2).taken("declare-recusal", TODAY.minusDays(7), "recusedOfficer",
                List.of(1L)).taken("decide-recusal", TODAY.minusDays(6), "recusedOfficer", List.of(2L)), "尚待负责人决定");
    }

    @Test
    void withoutARecusalTheCaseGoesOn() {
        allowed(rule, step("decide"));
    }
}
