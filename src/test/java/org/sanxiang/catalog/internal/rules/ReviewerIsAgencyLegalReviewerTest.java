package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.internal.rules.VersionStep.Step;
import org.sanxiang.catalog.internal.version.VersionState;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;

class ReviewerIsAgencyLegalReviewerTest {

    final ReviewerIsAgencyLegalReviewer rule = new ReviewerIsAgencyLegalReviewer();

    @Test
    void theLegalityReviewIsMadeByALegalReviewerOfTheAgencyItself() {
        assertThat(rule.check(Steps.step(Step.PASS, VersionState.SUBMITTED, Steps.REVIEWER))).isEmpty();
        CurrentUser otherAgency = new CurrentUser(3, "other", "外局审核", 8L, Set.of(Role.LEGAL_REVIEWER));
        CurrentUser admin = new CurrentUser(4, "admin7", "管理员", 7L, Set.of(Role.ADMIN));
        CurrentUser platform = new CurrentUser(5, "admin", "平台管理员", null, Set.of(Role.ADMIN));
        for (CurrentUser user : new CurrentUser[] {otherAgency, admin, platform}) {
            assertThat(rule.check(Steps.step(Step.RETURN, VersionState.SUBMITTED, user))).as(user.username())
                    .isPresent();
        }
    }
}
