package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

/** {@link DecisionCitesBenchmark}, after its sentence of the law. */
class DecisionCitesBenchmarkTest {

    @Test
    void aDecisionWithEveryPartPasses() {
        assertThat(new DecisionCitesBenchmark().check(Issues.decision().build())).isEmpty();
    }

    @Test
    void aDecisionInACaseOfABenchmarkViolationNamesTheBandApplied() {
        CaseSteps named = CaseSteps.step("serve-decision").in("DECIDED").fact("violation", "SC-001");
        assertThat(new DecisionCitesBenchmark().check(Issues.decision().inCase(named).without("benchmark").build()))
                .isPresent();
        assertThat(new DecisionCitesBenchmark().check(Issues.decision().without("benchmark").build())).isEmpty();
    }
}
