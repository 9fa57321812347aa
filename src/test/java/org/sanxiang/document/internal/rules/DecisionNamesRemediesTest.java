package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DecisionNamesRemedies}, after its sentence of the law. */
class DecisionNamesRemediesTest {

    @Test
    void aDecisionWithEveryPartPasses() {
        assertThat(new DecisionNamesRemedies().check(Issues.decision().build())).isEmpty();
    }

    @Test
    void aDecisionNamesTheReviewBodyAndTheCourt() {
        assertThat(new DecisionNamesRemedies().check(Issues.decision().without("court").build()))
                .hasValueSatisfying(r -> assertThat(r.legalBasis()).contains("第五十九条"));
    }
}
