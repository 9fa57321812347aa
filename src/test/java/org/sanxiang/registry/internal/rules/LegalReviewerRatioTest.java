package org.sanxiang.registry.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.rule.RuleSettings;

class LegalReviewerRatioTest {

    static final String AGENCY = "11430400MB1234567X";

    @Test
    void legalReviewersBelowFivePercentOfTheOfficersAreFlaggedNotRefused() {
        LegalReviewerRatio indicator = new LegalReviewerRatio(RuleSettings.seeds());
        assertThat(indicator.check(new ReviewerCount(AGENCY, 21, 1))).as("1/21 = 4.8 %")
                .hasValueSatisfying(f -> assertThat(f.messages().zh()).startsWith("法制审核人员 1 人，执法人员 21 人，低于 5%"));
        assertThat(indicator.check(new ReviewerCount(AGENCY, 20, 1))).as("1/20 = 5 %").isEmpty();
        assertThat(indicator.check(new ReviewerCount(AGENCY, 0, 0))).as("no officers, nothing to measure").isEmpty();
    }

    @Test
    void anAgencyConfiguredWithItsOwnMarkIsMeasuredByIt() {
        LegalReviewerRatio indicator = new LegalReviewerRatio(RuleSettings.of(Map.of(
                "sanxiang.rules.legal-reviewer-ratio.agencies." + AGENCY + ".min-ratio", "0.1")));

        assertThat(indicator.minimum(AGENCY)).isEqualByComparingTo("0.1");
        assertThat(indicator.minimum("12430400000000000X")).as("others keep the seed's 5 %")
                .isEqualByComparingTo("0.05");
        assertThat(indicator.check(new ReviewerCount(AGENCY, 20, 1))).isPresent();
        assertThat(indicator.parameters().get(0).agencyValues()).containsOnlyKeys(AGENCY);
        assertThat(new LegalReviewerRatio(RuleSettings.of(Map.of("sanxiang.rules.legal-reviewer-ratio.min-ratio",
                new BigDecimal("0.04")))).check(new ReviewerCount(AGENCY, 21, 1))).as("a province's 4 %").isEmpty();
    }
}
