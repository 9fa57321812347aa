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

class SubmitterAnswersForMaterialsTest {

    @Test
    void theHandlingUnitAnswersForTheTruthAndCompletenessOfTheMaterials() {
        SubmitterAnswersForMaterials rule = new SubmitterAnswersForMaterials();
        assertThat(zh(rule, step(ReviewStep.Step.SUBMIT, OFFICER, null))).isEmpty();
        ReviewStep unpledged = new ReviewStep(ReviewStep.Step.SUBMIT, OFFICER, null, true, false, false, Set.of(),
                null, null, false, false, "说明", null, Map.of(), null, false);
        assertThat(zh(rule, unpledged)).hasValueSatisfying(m -> assertThat(m).contains("真实、准确、完整"));
    }
}
