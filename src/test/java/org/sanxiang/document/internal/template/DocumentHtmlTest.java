package org.sanxiang.document.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.InvalidInputException;

/** A document's page from its body, as the preview and the PDF get it; an agency's own body is checked first. */
class DocumentHtmlTest {

    private final DocumentHtml html = new DocumentHtml();
    private final DocumentTemplate decision = DocumentTemplates.of("penalty-decision").orElseThrow();

    private String render(String body, Map<String, String> fields) {
        return html.render(new DocumentHtml.Page(decision, body, fields, Map.of("party.name", "某某公司",
                "case.number", "2026P00001"), "衡阳市市场监督管理局", "衡市监处罚〔2026〕3号", 2,
                LocalDate.of(2026, 12, 2), null, null, false, List.of()));
    }

    @Test
    void aDecisionShowsItsAgencyTitleNumberVersionAndTheValuesEscaped() {
        String page = render(html.nationalBody(decision), Map.of("partyName", "<某某公司>", "facts",
                "第一段。\n第二段。", "fine", "5000", "reviewBody", "衡阳市人民政府", "court", "石鼓区人民法院"));
        assertThat(page).contains("衡阳市市场监督管理局", "行政处罚决定书", "衡市监处罚〔2026〕3号（第2版）",
                "&lt;某某公司&gt;", "<p>第一段。</p>", "<p>第二段。</p>", "罚款人民币5000元", "衡阳市人民政府",
                "2026年12月2日").doesNotContain("<某某公司>");
    }

    @Test
    void anAgencysBodyReachesTheDocumentsValuesAndNothingElse() {
        String page = render("<p>{{party.name}}|{{f.class}}|{{f.getClass}}|{{case.number.length}}</p>", Map.of());
        assertThat(page).contains("<p>某某公司|||</p>");
    }

    @Test
    void aBodyTakesTheSharedPartyBlockByNameAndNoOtherFile() {
        assertThat(render("{{> party}}", Map.of("partyName", "某某公司", "partyAddress", "衡阳市")))
                .contains("<th>当事人</th><td>某某公司</td>", "<td>衡阳市</td>");
        assertThatThrownBy(() -> html.check(decision, "<p>{{> ../templates/penalty-decision}}</p>", Map.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> html.check(decision, "<p>{{> nothing}}</p>", Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAgencysBodyThatIsNotWellFormedIsRefusedBeforeItIsKept() {
        assertThatThrownBy(() -> html.check(decision, "<p>未闭合的段落", Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("XHTML");
        assertThatThrownBy(() -> html.check(decision, "<p>{{#f.facts}}未闭合的节</p>", Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
