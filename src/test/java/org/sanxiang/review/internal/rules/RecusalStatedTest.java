package org.sanxiang.review.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.internal.rules.ReviewSteps.REVIEWER;
import static org.sanxiang.review.internal.rules.ReviewSteps.step;
import static org.sanxiang.review.internal.rules.ReviewSteps.zh;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.review.ReviewStatus;

class RecusalStatedTest {

    private final RecusalStated rule = new RecusalStated();

    @Test
    void aReviewerWithATieToTheCaseWithdrawsFromItsPendingReviewStatingWhy() {
        assertThat(zh(rule, step(ReviewStep.Step.RECUSE, REVIEWER, ReviewStatus.PENDING))).isEmpty();
        assertThat(zh(rule, new ReviewStep(ReviewStep.Step.RECUSE, REVIEWER, ReviewStatus.PENDING, true, false, false,
                Set.of(), "zhoufa", null, false, false, " ", null, Map.of(), null, false)))
                .hasValueSatisfying(zh -> assertThat(zh).contains("理由"));
    }

    @Test
    void afterTheOpinionItIsTooLateToWithdraw() {
        assertThat(zh(rule, step(ReviewStep.Step.RECUSE, REVIEWER, ReviewStatus.PASSED)))
                .hasValueSatisfying(zh -> assertThat(zh).contains("审核意见作出前"));
    }
}
