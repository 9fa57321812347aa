package org.sanxiang.review.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.internal.rules.ReviewSteps.*;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.RuleSettings;
import org.sanxiang.review.ReviewStatus;
import org.sanxiang.review.internal.Checklist;

class OpinionByAssignedReviewerTest {

    @Test
    void theAssignedReviewerGivesTheOpinionOnAPendingRound() {
        OpinionByAssignedReviewer rule = new OpinionByAssignedReviewer();
        assertThat(zh(rule, opinion("AGREE", null, allHold()))).isEmpty();
        CurrentUser other = new CurrentUser(4, "qianfa", "钱法", 3L, Set.of(Role.LEGAL_REVIEWER));
        assertThat(zh(rule, new ReviewStep(ReviewStep.Step.OPINION, other, ReviewStatus.PENDING, true, false, false,
                Set.of(), "zhoufa", null, false, false, null, "AGREE", allHold(), null, false)))
                .hasValueSatisfying(m -> assertThat(m).contains("已分配给“zhoufa”"));
        assertThat(zh(rule, step(ReviewStep.Step.OPINION, REVIEWER, ReviewStatus.PASSED)))
                .hasValueSatisfying(m -> assertThat(m).contains("没有待审核"));
    }
}
