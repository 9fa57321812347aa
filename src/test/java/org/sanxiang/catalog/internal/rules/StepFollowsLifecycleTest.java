package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;

class StepFollowsLifecycleTest {

    final StepFollowsLifecycle rule = new StepFollowsLifecycle();

    @Test
    void aListItemIsSubmittedFromDraftReviewedWhenSubmittedAndRepealedOnlyOncePublished() {
        assertThat(rule.check(Steps.step(Step.SUBMIT, VersionState.DRAFT, Steps.DRAFTER))).isEmpty();
        assertThat(rule.check(Steps.step(Step.SUBMIT, VersionState.RETURNED, Steps.DRAFTER))).isEmpty();
        assertThat(rule.check(Steps.step(Step.PASS, VersionState.SUBMITTED, Steps.REVIEWER))).isEmpty();
        assertThat(rule.check(Steps.step(Step.REPEAL, VersionState.PUBLISHED, Steps.DRAFTER))).isEmpty();

        assertThat(rule.check(Steps.step(Step.PASS, VersionState.DRAFT, Steps.REVIEWER))).hasValueSatisfying(r ->
                assertThat(r.messages().zh()).startsWith("该版本处于“草稿”状态，不能审核通过"));
        assertThat(rule.check(Steps.step(Step.EDIT, VersionState.PUBLISHED, Steps.DRAFTER))).isPresent();
        assertThat(rule.check(Steps.step(Step.REPEAL, VersionState.SUPERSEDED, Steps.DRAFTER))).isPresent();
    }
}
