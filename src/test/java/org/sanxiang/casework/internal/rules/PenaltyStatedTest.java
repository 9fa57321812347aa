package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.CaseSteps.yuan;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;

class PenaltyStatedTest {

    final PenaltyStated rule = new PenaltyStated();

    @Test
    void aPenaltyDecisionNamesItsKindAndAFineItsAmount() {
        allowed(rule, step("decide").input("outcome", "PENALTY").input("penalty", "FINE").input("fine", yuan("500")));
        allowed(rule, step("decide").input("outcome", "PENALTY").input("penalty", "WARNING"));
        refused(rule, step("decide").input("outcome", "PENALTY"), "请写明处罚种类");
        refused(rule, step("decide").input("outcome", "PENALTY").input("penalty", "FINE"), "罚款须写明罚款数额");
        refused(rule, step("decide").input("outcome", "PENALTY").input("penalty", "FINE_AND_CONFISCATION")
                .input("fine", yuan("0")), "罚款须写明罚款数额");
    }

    @Test
    void theInvestigationReportNamesTheProposedPenaltyAndFine() {
        allowed(rule, step("conclude-investigation").input("proposedPenalty", "FINE").input("proposedFine", yuan("1")));
        refused(rule, step("conclude-investigation").input("proposedPenalty", "FINE"), "罚款须写明罚款数额");
    }

    @Test
    void aDecisionNotToPunishNamesNoPenalty() {
        allowed(rule, step("decide").input("outcome", "NO_PENALTY"));
    }
}
