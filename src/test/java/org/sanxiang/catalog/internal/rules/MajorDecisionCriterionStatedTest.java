package org.sanxiang.catalog.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;

class MajorDecisionCriterionStatedTest {

    private final MajorDecisionCriterionStated rule = new MajorDecisionCriterionStated();

    private static ItemContent criterion(String conditions) {
        return ItemContent.parse(CatalogList.MAJOR_DECISIONS, "{\"code\":\"ZD-1\",\"name\":\"较大数额罚款\","
                + "\"legalBasis\":[" + Steps.CITATION + "]" + conditions + "}");
    }

    @Test
    void aCriterionIsWrittenInTermsTheReviewCanApply() {
        assertThat(rule.check(Steps.of(criterion(",\"penalties\":[\"罚款\",\"CONFISCATION\"],"
                + "\"minAmountPerson\":\"10000\",\"minAmountOrganisation\":\"100000\"")))).isEmpty();
        assertThat(rule.check(Steps.of(criterion(",\"procedures\":[\"行政处罚普通程序\",\"行政强制措施\"]")))).isEmpty();
        assertThat(rule.check(Steps.of(criterion(",\"hearingHeld\":\"是\"")))).isEmpty();
    }

    @Test
    void anUnknownTermANegativeAmountOrNoConditionIsRefusedWithWhatToWrite() {
        assertThat(rule.check(Steps.of(criterion(",\"penalties\":[\"拘留\"]")))).get().extracting(r -> r.messages().zh())
                .asString().contains("“拘留”不是可选的处罚种类").contains("罚款");
        assertThat(rule.check(Steps.of(criterion(",\"minAmountPerson\":\"-5\"")))).get().extracting(r -> r.messages().zh())
                .asString().contains("不小于 0");
        assertThat(rule.check(Steps.of(criterion("")))).get().extracting(r -> r.messages().zh()).asString()
                .contains("至少有一项条件");
    }
}
