package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;

class LegalBasisCitedTest {

    final LegalBasisCited rule = new LegalBasisCited();

    @Test
    void everyListItemCitesTheLawTheArticleAndItsText() {
        assertThat(rule.check(Steps.of(Steps.power("处罚")))).isEmpty();
        ItemContent noText = ItemContent.parse(CatalogList.POWERS, "{\"code\":\"X\",\"name\":\"x\",\"category\":\"处罚\","
                + "\"legalBasis\":[{\"law\":\"中华人民共和国食品安全法\",\"article\":\"第一百二十四条\"}]}");
        assertThat(rule.check(Steps.of(noText))).isPresent();
        ItemContent noPenaltyProvision = ItemContent.parse(CatalogList.VIOLATIONS, "{\"code\":\"X\",\"name\":\"x\","
                + "\"violatedProvision\":[" + Steps.CITATION + "]}");
        assertThat(rule.check(Steps.of(noPenaltyProvision))).hasValueSatisfying(r -> assertThat(r.messages().zh())
                .contains("penaltyProvision"));
    }
}
