package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.rule.RuleSettings;

class PowerCategoryListedTest {

    @Test
    void aPowerIsOfOneOfTheCategoriesInForce() {
        PowerCategoryListed rule = new PowerCategoryListed(RuleSettings.seeds());
        assertThat(rule.categories()).hasSize(11).contains("许可", "收费", "其他");
        assertThat(rule.check(Steps.of(Steps.power("处罚")))).isEmpty();
        assertThat(rule.check(Steps.of(Steps.power("审批")))).isPresent();
    }

    @Test
    void theSixKindsOfThe2017PilotAreExpressible() {
        PowerCategoryListed pilot = new PowerCategoryListed(RuleSettings.of(Map.of(
                "sanxiang.rules.power-category-listed.categories", "许可,处罚,强制,征收,收费,检查")));
        assertThat(pilot.categories()).containsExactly("许可", "处罚", "强制", "征收", "收费", "检查");
        assertThat(pilot.check(Steps.of(Steps.power("奖励")))).isPresent();
    }
}
