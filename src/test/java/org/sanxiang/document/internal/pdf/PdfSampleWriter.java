package org.sanxiang.document.internal.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a sample sealed decision (and the seal's picture, /tmp/pdf-seal.png) to look at ({@code pdftoppm -png -r 60 /tmp/pdf-sample.pdf /tmp/pdf-sample}) and prints
 * the rendering time per page. Not a test: run it by hand.
 */
final class PdfSampleWriter {

    public static void main(String[] args) throws Exception {
        PdfRenderer renderer = new PdfRenderer(new DocumentFonts());
        renderer.render(SampleDocuments.decision(1, 0)); // the first render reads the fonts' metrics
        time(renderer, "1 page", SampleDocuments.decision(1, 0), 1);
        time(renderer, "5 pages", SampleDocuments.decision(12, 10), 5);
        byte[] sealed = PdfSealTest.SEAL.seal(renderer.render(SampleDocuments.decision(3, 4)),
                LocalSealSignerTest.MARKET, PdfSealTest.ISSUED);
        Files.write(Path.of(args.length > 0 ? args[0] : "/tmp/pdf-sample.pdf"), sealed);
        Files.write(Path.of("/tmp/pdf-seal.png"), SealImageTest.SEALS.png(SampleDocuments.AGENCY, PdfSeal.PURPOSE));
    }

    private static void time(PdfRenderer renderer, String what, String html, int expectedPages) throws Exception {
        int runs = 5;
        long start = System.nanoTime();
        byte[] pdf = null;
        for (int i = 0; i < runs; i++) {
            pdf = renderer.render(html);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            System.out.printf("%s: %d pages, %.0f ms, %.0f ms/page, %d bytes%n", what, pages, ms, ms / pages,
                    pdf.length);
        }
    }
}
