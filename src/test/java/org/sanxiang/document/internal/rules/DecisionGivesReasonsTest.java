package org.sanxiang.document.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.rule.Refusal;

/** {@link DecisionGivesReasons}, after its sentence of the law. */
class DecisionGivesReasonsTest {

    @Test
    void aDecisionWithEveryPartPasses() {
        assertThat(new DecisionGivesReasons().check(Issues.decision().build())).isEmpty();
    }

    @Test
    void aDecisionExplainsWhyItAcceptsTheEvidenceChoosesTheBasisAndThePenalty() {
        Optional<Refusal> refused = new DecisionGivesReasons().check(Issues.decision().without("evidenceReasons")
                .field("discretionReasons", "  ").build());
        assertThat(refused).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("decision-gives-reasons");
            assertThat(r.messages().zh()).contains("证据采信理由", "裁量理由").doesNotContain("依据选择理由");
        });
    }
}
