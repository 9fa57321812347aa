package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DecisionStatesPayment}, after its sentence of the law. */
class DecisionStatesPaymentTest {

    @Test
    void aDecisionWithEveryPartPasses() {
        assertThat(new DecisionStatesPayment().check(Issues.decision().build())).isEmpty();
    }

    @Test
    void aFineDecisionSaysHowTheFineIsPaid() {
        assertThat(new DecisionStatesPayment().check(Issues.decision().without("payment").build())).isPresent();
        assertThat(new DecisionStatesPayment().check(Issues.decision().without("payment").without("fine")
                .field("penalty", "警告").build())).isEmpty();
    }
}
