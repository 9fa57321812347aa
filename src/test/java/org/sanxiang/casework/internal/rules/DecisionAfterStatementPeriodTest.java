package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.internal.deadline.Deadlines;

class DecisionAfterStatementPeriodTest {

    final DecisionAfterStatementPeriod rule = new DecisionAfterStatementPeriod();

    /** Notice served on 2026-09-30: the five working days end on 2026-10-13 (National Day). */
    static CaseSteps penaltyOn(String today) {
        return step("decide").in("NOTIFIED").input("outcome", "PENALTY")
                .deadline(Deadlines.STATEMENT_PERIOD, day("2026-10-13")).on(day(today));
    }

    @Test
    void noPenaltyIsDecidedWhileThePartyMayStillStateAndDefend() {
        refused(rule, penaltyOn("2026-10-13"), "陈述、申辩期限至 2026-10-13 届满，当事人尚未陈述申辩或明确放弃");
        allowed(rule, penaltyOn("2026-10-14"));
    }

    @Test
    void onceTheStatementWasHeardOrExpresslyWaivedThePenaltyMayBeDecided() {
        allowed(rule, penaltyOn("2026-10-09").taken("record-statement", day("2026-10-09")));
        allowed(rule, penaltyOn("2026-10-09").taken("waive-statement", day("2026-10-08")));
    }

    @Test
    void noPenaltyIsDecidedBeforeThePartyWasServedTheNotice() {
        refused(rule, step("decide").input("outcome", "PENALTY"), "尚未向当事人送达行政处罚告知书");
        allowed(rule, step("decide").input("outcome", "NO_PENALTY"));
    }

    /** 行政处罚法 第四十四条 notifies "拟作出的行政处罚"; a decision not to penalise (第五十七条) proposes none. */
    @Test
    void aDecisionNotToPenaliseNeedsNoNoticeOfAProposedPenalty() {
        allowed(rule, step("decide").in("CASE_REVIEWED").input("outcome", "NO_PENALTY"));
        refused(rule, step("decide").in("CASE_REVIEWED").input("outcome", "PENALTY"), "尚未向当事人送达行政处罚告知书");
    }
}
