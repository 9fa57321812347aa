package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;

class PublishedAfterLegalityReviewTest {

    final PublishedAfterLegalityReview rule = new PublishedAfterLegalityReview();

    @Test
    void aListIsPublishedOnlyAfterItsLegalityReviewHasPassed() {
        for (VersionState state : new VersionState[] {VersionState.DRAFT, VersionState.SUBMITTED,
            VersionState.RETURNED, VersionState.PUBLISHED}) {
            assertThat(rule.check(Steps.step(Step.PUBLISH, state, Steps.DRAFTER))).as(state.name())
                    .hasValueSatisfying(r -> {
                        assertThat(r.status()).isEqualTo(409);
                        assertThat(r.messages().zh()).contains("未经合法性审核通过")
                                .endsWith("；规则 published-after-legality-review）");
                    });
        }
        assertThat(rule.check(Steps.step(Step.PUBLISH, VersionState.PASSED, Steps.DRAFTER))).isEmpty();
    }
}
