package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.TODAY;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.CaseSteps.yuan;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class NoHeavierPenaltyForDefenceTest {

    final NoHeavierPenaltyForDefence rule = new NoHeavierPenaltyForDefence();

    /** A fine of ¥5,000 was notified and the party defended herself; the head decides this. */
    static CaseSteps afterDefence(String penalty, String fine) {
        return step("decide").fact("proposedPenalty", "FINE").fact("proposedFine", yuan("5000"))
                .taken("record-statement", TODAY.minusDays(3)).input("outcome", "PENALTY").input("penalty", penalty)
                .input("fine", yuan(fine));
    }

    @Test
    void thePartysDefenceNeverBringsAHigherFine() {
        allowed(rule, afterDefence("FINE", "5000"));
        allowed(rule, afterDefence("FINE", "3000"));
        refused(rule, afterDefence("FINE", "5000.01"), "当事人陈述申辩或听证后，罚款 5000.01 元高于告知的 5000 元");
    }

    @Test
    void thePartysDefenceNeverBringsAHeavierKindOfPenalty() {
        refused(rule, afterDefence("LICENCE", "5000"), "处罚种类重于告知的种类");
        allowed(rule, afterDefence("WARNING", "0"));
    }

    @Test
    void aHearingIsADefenceToo() {
        refused(rule, step("decide").in("HEARD").fact("proposedPenalty", "FINE").fact("proposedFine", yuan("20000"))
                .taken("hold-hearing", TODAY.minusDays(2)).input("penalty", "FINE").input("fine", yuan("30000")),
                "高于告知的 20000 元");
    }

    @Test
    void withoutAStatementOrHearingTheRuleHasNothingToCompare() {
        allowed(rule, step("decide").fact("proposedFine", yuan("5000")).input("fine", yuan("8000")));
    }
}
