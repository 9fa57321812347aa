package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DecisionNotesPublication}, after its sentence of the law. */
class DecisionNotesPublicationTest {

    @Test
    void aDecisionWithEveryPartPasses() {
        assertThat(new DecisionNotesPublication().check(Issues.decision().build())).isEmpty();
    }

    @Test
    void aPenaltyDecisionTellsThePartyItWillBePublished() {
        assertThat(new DecisionNotesPublication().check(Issues.decision().without("publication").build()))
                .hasValueSatisfying(r -> assertThat(r.legalBasis()).contains("行政处罚信息公示规定"));
    }
}
