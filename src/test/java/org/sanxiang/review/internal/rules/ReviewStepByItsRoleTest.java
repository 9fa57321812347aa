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

class ReviewStepByItsRoleTest {

    @Test
    void theHandlingUnitSubmitsTheReviewUnitReviewsTheHeadExtends() {
        ReviewStepByItsRole rule = new ReviewStepByItsRole();
        assertThat(zh(rule, step(ReviewStep.Step.SUBMIT, OFFICER, null))).isEmpty();
        assertThat(zh(rule, step(ReviewStep.Step.OPINION, OFFICER, ReviewStatus.PENDING)))
                .hasValueSatisfying(m -> assertThat(m).contains("法制审核人员"));
        assertThat(zh(rule, step(ReviewStep.Step.EXTEND, REVIEWER, ReviewStatus.PENDING))).isPresent();
        assertThat(zh(rule, step(ReviewStep.Step.EXTEND, HEAD, ReviewStatus.PENDING))).isEmpty();
    }
}
