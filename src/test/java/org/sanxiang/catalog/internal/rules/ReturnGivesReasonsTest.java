package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;

class ReturnGivesReasonsTest {

    final ReturnGivesReasons rule = new ReturnGivesReasons();

    @Test
    void aReviewerWhoReturnsAVersionWritesDownItsProblems() {
        VersionStep step = Steps.step(Step.RETURN, VersionState.SUBMITTED, Steps.REVIEWER);
        assertThat(rule.check(Steps.with(step, null, "  "))).hasValueSatisfying(r -> assertThat(r.status())
                .isEqualTo(422));
        assertThat(rule.check(Steps.with(step, null, "罚款幅度与第一百二十四条不符"))).isEmpty();
    }
}
