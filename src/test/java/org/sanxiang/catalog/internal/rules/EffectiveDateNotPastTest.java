package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;

class EffectiveDateNotPastTest {

    final EffectiveDateNotPast rule = new EffectiveDateNotPast();

    @Test
    void aListTakesEffectTodayOrLaterAndIsNeverBackdated() {
        VersionStep step = Steps.step(Step.PUBLISH, VersionState.PASSED, Steps.DRAFTER);
        assertThat(rule.check(Steps.with(step, Steps.TODAY.minusDays(1), null))).hasValueSatisfying(r ->
                assertThat(r.messages().zh()).startsWith("日期 2026-11-30 早于今天（2026-12-01）"));
        assertThat(rule.check(step)).as("no date at all").isPresent();
        assertThat(rule.check(Steps.with(step, Steps.TODAY, null))).isEmpty();
        assertThat(rule.check(Steps.with(step, Steps.TODAY.plusMonths(1), null))).isEmpty();
    }
}
