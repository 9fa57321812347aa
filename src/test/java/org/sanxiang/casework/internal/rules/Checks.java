package org.sanxiang.casework.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.platform.rule.LegalRule;

/** What the casework rules' tests assert: a step allowed, or refused by the rule with these words in Chinese. */
final class Checks {

    private Checks() {
    }

    static void allowed(LegalRule<CaseStep> rule, CaseSteps step) {
        assertThat(rule.check(step.build())).as(rule.name() + " allows").isEmpty();
    }

    static void refused(LegalRule<CaseStep> rule, CaseSteps step, String... zh) {
        assertThat(rule.check(step.build())).as(rule.name() + " refuses").hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(rule.name());
            assertThat(r.status()).isEqualTo(rule.status());
            assertThat(r.messages().zh()).contains(zh).endsWith("规则 " + rule.name() + "）");
        });
    }
}
