package org.sanxiang.catalog.internal.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.CatalogList;

class VersionDiffTest {

    static final String BASIS = "\"legalBasis\":[{\"law\":\"中华人民共和国价格法\",\"article\":\"第四十条\",\"text\":\"旧条文\"}]";

    @Test
    void theDiffNamesEachChangedFieldWithItsTextBeforeAndAfter() {
        ItemContent older = ItemContent.parse(CatalogList.POWERS, "{\"code\":\"JG-1\",\"name\":\"价格违法行为的处罚\","
                + "\"category\":\"处罚\"," + BASIS + ",\"timeLimit\":\"九十日\"}");
        ItemContent newer = ItemContent.parse(CatalogList.POWERS, "{\"code\":\"JG-1\",\"name\":\"价格违法行为的处罚\","
                + "\"category\":\"处罚\"," + BASIS.replace("旧条文", "新条文") + ",\"timeLimit\":\"九十日\","
                + "\"fees\":\"不收费\"}");
        List<VersionDiff.Change> changes = VersionDiff.between(older, newer);
        assertThat(changes).extracting(VersionDiff.Change::field).containsExactly("legalBasis", "fees");
        assertThat(changes.get(0).before()).containsExactly("中华人民共和国价格法 第四十条：旧条文");
        assertThat(changes.get(0).after()).containsExactly("中华人民共和国价格法 第四十条：新条文");
        assertThat(changes.get(1).before()).as("a field added").isEmpty();
    }

    @Test
    void identicalVersionsHaveNoDiff() {
        ItemContent item = ItemContent.parse(CatalogList.FEES, "{\"code\":\"F\",\"name\":\"x\"," + BASIS + "}");
        assertThat(VersionDiff.between(item, item)).isEmpty();
    }

    @Test
    void aBandsChangeIsShownAsTheirRanges() {
        ItemContent older = ItemContent.parse(CatalogList.VIOLATIONS, "{\"code\":\"W\",\"name\":\"x\",\"bands\":"
                + "[{\"circumstance\":\"一般\",\"range\":{\"kind\":\"AMOUNT\",\"min\":50000,\"max\":100000}}]}");
        ItemContent newer = ItemContent.parse(CatalogList.VIOLATIONS, "{\"code\":\"W\",\"name\":\"x\",\"bands\":"
                + "[{\"circumstance\":\"一般\",\"range\":{\"kind\":\"MULTIPLE\",\"of\":\"GOODS_VALUE\",\"min\":10,"
                + "\"max\":15,\"floor\":50000}}]}");
        assertThat(VersionDiff.between(older, newer).get(0).after())
                .containsExactly("一般：货值金额10倍至15倍（不低于50000元）");
    }
}
