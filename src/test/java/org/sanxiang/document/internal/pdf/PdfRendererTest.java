package org.sanxiang.document.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.platform.QrCodes;

class PdfRendererTest {

    static final PdfRenderer RENDERER = new PdfRenderer(new DocumentFonts());

    @Test
    void chineseTextOfTheDocumentIsInThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(SampleDocuments.decision(1, 0)))) {
            // lines of a paragraph are broken where the page's width ends
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s*\n", "");
            assertThat(text).contains("衡阳市市场监督管理局", "行政处罚决定书", "衡市监处罚〔2026〕12号",
                    "标签不符合食品安全标准", "王小明");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("第 1 页 共 1 页");
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubsetOfTheShippedSerif() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(SampleDocuments.decision(3, 3)))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                // a subset's name is its font's name after six capitals and a plus (ISO 32000-1 §9.6.4)
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSerifSC-.*");
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.contains("Bold"))
                    .anyMatch(n -> n.contains("Regular"));
        }
    }

    @Test
    void aLongDocumentRunsOverPagesNumberedOfTheirTotal() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(SampleDocuments.decision(12, 30)))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains("第 " + page + " 页 共 " + pages + " 页");
            }
        }
    }

    @Test
    void anItemTableRepeatsItsHeadOnEveryPageAndNeverCutsARow() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(SampleDocuments.decision(2, 60)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithRows = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("标签缺少生产日期")) {
                    pagesWithRows++;
                    assertThat(text).as("page %d", page).contains("物品名称及规格");
                }
            }
            assertThat(pagesWithRows).isGreaterThan(1);
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            for (int row = 1; row <= 60; row++) {
                // a row cut by a page break would have its text split by the page's foot and the next page's head
                assertThat(all).contains("预包装食品（饼干）第" + row + "批，标签缺少生产日期箱" + row * 3);
            }
        }
    }

    @Test
    void theSealSpotOfTheLastSealAreaIsRecordedInThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(SampleDocuments.decision(12, 0)))) {
            SealSpot spot = SealSpot.readFrom(pdf).orElseThrow();
            assertThat(spot.page()).isEqualTo(pdf.getNumberOfPages() - 1);
            // 42 mm = 119 pt
            assertThat(spot.area().getWidth()).isBetween(118f, 121f);
            assertThat(spot.area().getHeight()).isBetween(118f, 121f);
            assertThat(spot.area().getLowerLeftX()).isGreaterThan(250f);
        }
    }

    @Test
    void theVerificationQrCodeInlineIsPrintedButNothingIsFetchedFromOutside(@TempDir Path directory)
            throws IOException {
        Path outside = Files.write(directory.resolve("outside.png"), QrCodes.png("https://outside.example/"));
        String html = SampleDocuments.decision(1, 0)
                .replace("</body>", "<img alt=\"x\" src=\"" + outside.toUri() + "\"/></body>");
        try (PDDocument pdf = Loader.loadPDF(RENDERER.render(html))) {
            assertThat(images(pdf)).isEqualTo(1); // the inline QR code only
        }
    }

    @Test
    void documentsRenderedAtOnceEachGetTheirOwnText() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String number = "衡市监处罚〔2026〕" + (100 + i) + "号";
                String html = SampleDocuments.decision(3, 2).replace("衡市监处罚〔2026〕12号", number);
                texts.add(threads.submit(() -> {
                    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(html))) {
                        return new PDFTextStripper().getText(pdf);
                    }
                }));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(texts.get(i).get()).contains("衡市监处罚〔2026〕" + (100 + i) + "号", "王小明");
            }
        } finally {
            threads.shutdown();
        }
    }

    private static int images(PDDocument pdf) throws IOException {
        int images = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
        }
        return images;
    }
}
