package org.sanxiang.document.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.sanxiang.platform.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * Seals an issued document: a PAdES baseline B signature (ETSI EN 319 142-1; subfilter ETSI.CAdES.detached, SHA-256,
 * {@link CadesSignature}) with the agency's key ({@link SealSigner}), saved incrementally after the rendered file, so
 * that any PDF reader tells whether the file was changed since. Its visible appearance is the agency's seal
 * ({@link SealImage}) over the document's seal area ({@link SealSpot}); without one, at the foot of the last page on
 * the right.
 */
@Component
public class PdfSeal {

    static final String REASON = "行政执法文书签章";
    static final String PURPOSE = "行政执法专用章";
    /** 42 mm, a round official seal's diameter, in points. */
    static final float DIAMETER = 42 / 25.4f * 72;
    private static final float MARGIN = 30 / 25.4f * 72;
    /** Room for the CMS: an RSA 4096 chain of three certificates fits with room to spare. */
    private static final int SIGNATURE_SIZE = 24_000;

    private final SealSigner signer;
    private final SealImage images;

    public PdfSeal(SealSigner signer, SealImage images) {
        this.signer = signer;
        this.images = images;
    }

    /** @param issuedAt the moment of issue: the signature's time (the PDF's claimed signing time, PAdES /M) */
    public byte[] seal(byte[] pdf, SealAgency agency, Instant issuedAt) {
        SealCredential credential = signer.credential(agency);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            SealSpot spot = SealSpot.readFrom(document).orElseGet(() -> fallback(document));
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(agency.name());
            signature.setLocation(agency.name());
            signature.setReason(REASON);
            signature.setSignDate(chinaTime(issuedAt));
            try (SignatureOptions options = new SignatureOptions();
                    InputStream appearance = appearance(document, spot, agency)) {
                options.setVisualSignature(appearance);
                options.setPage(spot.page());
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, new CadesSignature(credential), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 200_000);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the document cannot be sealed", e);
        }
    }

    /** Bottom right of the last page, above the page number. */
    private static SealSpot fallback(PDDocument document) {
        int last = document.getNumberOfPages() - 1;
        PDRectangle page = document.getPage(last).getMediaBox();
        return new SealSpot(last, new PDRectangle(page.getUpperRightX() - MARGIN - DIAMETER,
                page.getLowerLeftY() + MARGIN, DIAMETER, DIAMETER));
    }

    /**
     * A one-page document holding only the signature field and its appearance, which PDFBox merges into the page:
     * the seal, 42 mm round, centred on the spot.
     */
    private InputStream appearance(PDDocument document, SealSpot spot, SealAgency agency) throws IOException {
        PDRectangle target = spot.area();
        PDRectangle area = new PDRectangle(target.getLowerLeftX() + (target.getWidth() - DIAMETER) / 2,
                target.getLowerLeftY() + (target.getHeight() - DIAMETER) / 2, DIAMETER, DIAMETER);
        try (PDDocument template = new PDDocument()) {
            template.addPage(new PDPage(document.getPage(spot.page()).getMediaBox()));
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            PDSignatureField field = new PDSignatureField(form);
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(area);

            PDFormXObject xObject = new PDFormXObject(new PDStream(template));
            xObject.setResources(new PDResources());
            xObject.setFormType(1);
            xObject.setBBox(new PDRectangle(DIAMETER, DIAMETER));
            PDAppearanceStream normal = new PDAppearanceStream(xObject.getCOSObject());
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.getCOSObject().setDirect(true);
            appearances.setNormalAppearance(normal);
            widget.setAppearance(appearances);
            PDImageXObject seal = LosslessFactory.createFromImage(template, images.image(agency.name(), PURPOSE));
            try (PDPageContentStream content = new PDPageContentStream(template, normal)) {
                content.drawImage(seal, 0, 0, DIAMETER, DIAMETER);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static Calendar chinaTime(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ChinaTime.ZONE));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
