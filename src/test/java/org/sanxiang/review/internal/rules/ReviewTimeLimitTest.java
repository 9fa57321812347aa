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

class ReviewTimeLimitTest {

    @Test
    void theTimeLimitIsExtendedOnceByAtMostAsLongWithAReason() {
        ReviewTimeLimit rule = new ReviewTimeLimit(RuleSettings.seeds());
        assertThat(rule.days(null)).isEqualTo(10);
        ReviewStep ask = new ReviewStep(ReviewStep.Step.EXTEND, HEAD, ReviewStatus.PENDING, true, false, false,
                Set.of(), "zhoufa", null, false, false, "案情复杂，需咨询法律顾问", null, Map.of(), 5, false);
        assertThat(zh(rule, ask)).isEmpty();
        ReviewStep again = new ReviewStep(ReviewStep.Step.EXTEND, HEAD, ReviewStatus.PENDING, true, false, false,
                Set.of(), "zhoufa", null, false, false, "再延", null, Map.of(), 5, true);
        assertThat(zh(rule, again)).hasValueSatisfying(m -> assertThat(m).contains("已延长过一次"));
        ReviewStep tooLong = new ReviewStep(ReviewStep.Step.EXTEND, HEAD, ReviewStatus.PENDING, true, false, false,
                Set.of(), "zhoufa", null, false, false, "理由", null, Map.of(), 11, false);
        assertThat(zh(rule, tooLong)).isPresent();
    }
}
