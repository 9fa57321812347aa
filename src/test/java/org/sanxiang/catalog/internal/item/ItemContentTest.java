package org.sanxiang.catalog.internal.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.platform.rule.Text;

class ItemContentTest {

    @Test
    void whatCannotBeReadIsSaidInTheReadersWords() {
        ItemContent item = ItemContent.parse(CatalogList.VIOLATIONS, "{\"name\":\"x\",\"bands\":[{\"circumstance\":"
                + "\"特别严重\",\"range\":{\"kind\":\"NONE\"}},{\"circumstance\":\"一般\",\"range\":{\"kind\":\"AMOUNT\","
                + "\"min\":-1,\"max\":5}}]}");
        assertThat(item.problems()).extracting(Text::zh).containsExactly("缺少事项编码（code）",
                "第 1 档的情节“特别严重”不是不予处罚、减轻、从轻、一般、从重之一", "第 2 档的 min 须为不小于 0 的数");
    }

    @Test
    void theCanonicalFormSortsKeysSoTheHashDoesNotDependOnTheirOrder() {
        ItemContent a = ItemContent.parse(CatalogList.FEES, "{\"code\":\"F\",\"name\":\"x\"}");
        ItemContent b = ItemContent.parse(CatalogList.FEES, "{\"name\":\"x\",\"code\":\"F\"}");
        assertThat(a.canonical()).isEqualTo(b.canonical()).isEqualTo("{\"code\":\"F\",\"name\":\"x\"}");
    }

    @Test
    void anExportsIdentityIsNotContent() {
        ItemContent item = ItemContent.parse(CatalogList.FEES, "{\"id\":9,\"version\":2,\"state\":\"PUBLISHED\","
                + "\"effectiveFrom\":\"2026-01-01\",\"code\":\"F\",\"name\":\"x\"}");
        assertThat(item.canonical()).isEqualTo("{\"code\":\"F\",\"name\":\"x\"}");
    }
}
