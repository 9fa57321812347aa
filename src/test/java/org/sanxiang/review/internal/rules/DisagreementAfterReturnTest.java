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

class DisagreementAfterReturnTest {

    @Test
    void theHandlingUnitMayDisputeAReturnWithItsReasons() {
        DisagreementAfterReturn rule = new DisagreementAfterReturn();
        assertThat(zh(rule, step(ReviewStep.Step.DISPUTE, OFFICER, ReviewStatus.RETURNED))).isEmpty();
        assertThat(zh(rule, step(ReviewStep.Step.DISPUTE, OFFICER, ReviewStatus.PASSED))).isPresent();
    }
}
