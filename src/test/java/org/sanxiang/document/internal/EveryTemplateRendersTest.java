package org.sanxiang.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.pdf.DocumentFonts;
import org.sanxiang.document.internal.pdf.PdfRenderer;
import org.sanxiang.document.internal.template.DocField;
import org.sanxiang.document.internal.template.DocumentHtml;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.document.internal.template.DocumentTemplates;
import org.sanxiang.platform.QrCodes;

/**
 * Every template of the set, filled and rendered as it would be issued, reads back with its title, number and
 * values; the PDFs are kept under {@code target/documents/} for people to look at ({@code pdftoppm}).
 */
class EveryTemplateRendersTest {

    private final DocumentHtml html = new DocumentHtml();
    private final PdfRenderer renderer = new PdfRenderer(new DocumentFonts());

    @Test
    void everyTemplateRendersToAPdfThatReadsBackWithItsTitleAndValues() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "documents"));
        for (DocumentTemplate template : DocumentTemplates.all()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (DocField f : template.fields()) {
                fields.put(f.name(), switch (f.kind()) {
                    case DATE -> "2026-12-02";
                    case AMOUNT -> "80000";
                    case ITEMS -> "过期面粉 | 25 千克/袋 | 20 袋 | 仓库\n糕点 | 500 克/盒 | 300 盒 | 成品区";
                    default -> f.label().zh() + "示例";
                });
            }
            String number = template.numbered() ? "衡市监" + template.numberWord() + "〔2026〕12号" : null;
            byte[] pdf = renderer.render(html.render(new DocumentHtml.Page(template, html.nationalBody(template),
                    fields, Map.of("party.name", "衡阳市某某糕点有限公司", "party.number", "91430400MA4L0XXXXX",
                            "party.numberLabel", "统一社会信用代码", "case.number", "2026P00012", "agency.name",
                            "衡阳市市场监督管理局"), "衡阳市市场监督管理局", number, 1, LocalDate.of(2026, 12, 2),
                    QrCodes.pngDataUri("https://zfgs.example.gov.cn/d/12"), "https://zfgs.example.gov.cn/d/12",
                    false, List.of())));
            Files.write(out.resolve(template.code() + ".pdf"), pdf);
            try (PDDocument read = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
                assertThat(text).as(template.code()).contains(template.title().zh().replaceAll("\\s+", ""),
                        "衡阳市市场监督管理局");
                if (number != null) {
                    assertThat(text).as(template.code()).contains(number);
                }
                template.fields().stream().filter(f -> f.kind() == DocField.Kind.LONG_TEXT).findFirst()
                        .ifPresent(f -> assertThat(text).as(template.code() + " shows " + f.name())
                                .contains(f.label().zh().replaceAll("\\s+", "") + "示例"));
            }
        }
    }
}
