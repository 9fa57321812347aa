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

class ReviewerNotCaseHandlerTest {

    @Test
    void whoHandledTheCaseDoesNotReviewIt() {
        ReviewerNotCaseHandler rule = new ReviewerNotCaseHandler();
        ReviewStep handler = new ReviewStep(ReviewStep.Step.ASSIGN, HEAD, ReviewStatus.PENDING, true, false, false,
                Set.of("wangming"), null, "wangming", true, false, null, null, Map.of(), null, false);
        ReviewStep other = new ReviewStep(ReviewStep.Step.ASSIGN, HEAD, ReviewStatus.PENDING, true, false, false,
                Set.of("wangming"), null, "zhoufa", true, false, null, null, Map.of(), null, false);
        ReviewStep notReviewer = new ReviewStep(ReviewStep.Step.ASSIGN, HEAD, ReviewStatus.PENDING, true, false,
                false, Set.of("wangming"), null, "lihua", false, false, null, null, Map.of(), null, false);
        assertThat(zh(rule, handler)).hasValueSatisfying(m -> assertThat(m).contains("不得审核本案"));
        assertThat(zh(rule, other)).isEmpty();
        assertThat(zh(rule, notReviewer)).hasValueSatisfying(m -> assertThat(m).contains("不是本机关的法制审核人员"));
    }
}
