package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;

class ReviewerIsNotDrafterTest {

    final ReviewerIsNotDrafter rule = new ReviewerIsNotDrafter();

    @Test
    void theDrafterOfAListItemDoesNotReviewIt() {
        CurrentUser drafterWhoReviews = new CurrentUser(1, "drafter", "起草人", 7L, Set.of(Role.LEGAL_REVIEWER));
        assertThat(rule.check(Steps.step(Step.PASS, VersionState.SUBMITTED, drafterWhoReviews))).isPresent();
        assertThat(rule.check(Steps.step(Step.PASS, VersionState.SUBMITTED, Steps.REVIEWER))).isEmpty();
    }
}
