package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;

class RepealGivesReasonTest {

    final RepealGivesReason rule = new RepealGivesReason();

    @Test
    void aListItemIsRepealedWithItsReason() {
        VersionStep step = Steps.step(Step.REPEAL, VersionState.PUBLISHED, Steps.DRAFTER);
        assertThat(rule.check(step)).isPresent();
        assertThat(rule.check(Steps.with(step, Steps.TODAY, "依据的规章已废止"))).isEmpty();
    }
}
