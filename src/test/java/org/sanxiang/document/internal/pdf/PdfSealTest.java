package org.sanxiang.document.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.sanxiang.document.internal.pdf.PdfSignatures.Report;
import org.sanxiang.document.internal.pdf.PdfSignatures.SignatureCheck;

class PdfSealTest {

    static final Instant ISSUED = Instant.parse("2026-04-02T02:30:00Z");
    static final byte[] KEY = new byte[32];
    static {
        new SecureRandom().nextBytes(KEY);
    }
    static final PdfSeal SEAL = new PdfSeal(new LocalSealSigner(new InMemorySealKeyStore(), new SealKeyCipher(KEY),
            Clock.fixed(ISSUED, ZoneOffset.UTC)), SealImageTest.SEALS);
    static final byte[] RENDERED = PdfRendererTest.RENDERER.render(SampleDocuments.decision(12, 4));
    static final byte[] SEALED = SEAL.seal(RENDERED, LocalSealSignerTest.MARKET, ISSUED);

    private final PdfSignatures signatures = new PdfSignatures();

    @Test
    void aSealedDocumentVerifiesAsSignedByTheAgencyAtIssue() {
        Report report = signatures.verify(SEALED);
        assertThat(report.intact()).isTrue();
        SignatureCheck seal = report.signatures().get(0);
        assertThat(seal.signerName()).isEqualTo(SampleDocuments.AGENCY);
        assertThat(seal.signingTime()).contains(ISSUED);
        assertThat(seal.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(seal.coversWholeFile()).isTrue();
    }

    @Test
    void theSealIsAddedAfterTheRenderedFileWhichStaysAsItWas() {
        assertThat(SEALED.length).isGreaterThan(RENDERED.length);
        assertThat(Arrays.copyOf(SEALED, RENDERED.length)).isEqualTo(RENDERED);
    }

    @Test
    void aDocumentChangedByOneByteAfterIssueFailsVerification() {
        byte[] changed = SEALED.clone();
        int inTheText = RENDERED.length / 2; // inside the first signed range: the rendered pages
        changed[inTheText] ^= 0x01;
        Report report = signatures.verify(changed);
        assertThat(report.intact()).isFalse();
        assertThat(report.signatures()).allSatisfy(check -> assertThat(check.digestMatches()).isFalse());
    }

    @Test
    void aDocumentWithSomethingAppendedAfterIssueIsNotCoveredWhole() {
        byte[] appended = Arrays.copyOf(SEALED, SEALED.length + 10);
        System.arraycopy("\n%changed\n".getBytes(StandardCharsets.US_ASCII), 0, appended, SEALED.length, 10);
        Report report = signatures.verify(appended);
        assertThat(report.intact()).isFalse();
        assertThat(report.signatures().get(0).coversWholeFile()).isFalse();
    }

    @Test
    void anUnsignedOrUnreadableFileIsNotIntact() {
        assertThat(signatures.verify(RENDERED).intact()).isFalse();
        Report garbage = signatures.verify("not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.readable()).isFalse();
        assertThat(garbage.intact()).isFalse();
    }

    @Test
    void theSealAppearsOverTheSealAreaOfTheLastPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SEALED)) {
            int last = pdf.getNumberOfPages() - 1;
            SealSpot spot = SealSpot.readFrom(pdf).orElseThrow();
            assertThat(spot.page()).isEqualTo(last);
            List<PDAnnotation> annotations = pdf.getPage(last).getAnnotations();
            assertThat(annotations).hasSize(1).first().isInstanceOf(PDAnnotationWidget.class);
            PDRectangle seal = annotations.get(0).getRectangle();
            assertThat(seal.getWidth()).isCloseTo(PdfSeal.DIAMETER, offset(0.5f));
            assertThat(seal.getHeight()).isCloseTo(PdfSeal.DIAMETER, offset(0.5f));
            PDRectangle area = spot.area();
            float centreX = seal.getLowerLeftX() + seal.getWidth() / 2;
            float centreY = seal.getLowerLeftY() + seal.getHeight() / 2;
            assertThat(centreX).isBetween(area.getLowerLeftX(), area.getUpperRightX());
            assertThat(centreY).isBetween(area.getLowerLeftY(), area.getUpperRightY());
            assertThat(annotations.get(0).getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
            PDSignature signature = pdf.getLastSignatureDictionary();
            assertThat(signature.getReason()).isEqualTo(PdfSeal.REASON);
            assertThat(signature.getLocation()).isEqualTo(SampleDocuments.AGENCY);
        }
    }
}
