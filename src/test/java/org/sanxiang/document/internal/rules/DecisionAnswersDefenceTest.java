package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

/** {@link DecisionAnswersDefence}, after its sentence of the law. */
class DecisionAnswersDefenceTest {

    @Test
    void aDecisionWithEveryPartPasses() {
        assertThat(new DecisionAnswersDefence().check(Issues.decision().build())).isEmpty();
    }

    @Test
    void afterAStatementTheDecisionAnswersEachOfItsPoints() {
        CaseSteps stated = CaseSteps.step("serve-decision").in("DECIDED")
                .fact("statement", "一、过期食品是供应商送错的。\n二、已经全部下架。");
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(stated).build()))
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("decision-answers-defence"));
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(stated)
                .field("defenceAnswers", "对第一点，进货查验是当事人的义务，不予采纳。").build()))
                .hasValueSatisfying(r -> assertThat(r.messages().zh()).contains("2 点"));
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(stated)
                .field("defenceAnswers", "对第一点，不予采纳。\n对第二点，已作为从轻情节考虑。").build())).isEmpty();
    }
    @Test
    void afterAHearingTheDecisionAnswersTheHearing() {
        CaseSteps heard = CaseSteps.step("serve-decision").in("DECIDED")
                .taken("hold-hearing", CaseSteps.TODAY, "record", "听证", "report", "报告");
        assertThat(new DecisionAnswersDefence().check(Issues.decision().inCase(heard).build())).isPresent();
    }
}
