package org.sanxiang.document.internal;

import java.time.Instant;

import org.sanxiang.document.internal.pdf.PdfRenderer;
import org.sanxiang.document.internal.pdf.PdfSeal;
import org.sanxiang.document.internal.pdf.SealAgency;
import org.sanxiang.platform.QrCodes;
import org.springframework.stereotype.Component;

/** The issued PDF: the page rendered with the shipped fonts, then sealed with the agency's key. */
@Component
class DocumentPdf {

    private final PdfRenderer renderer;
    private final PdfSeal seal;

    DocumentPdf(PdfRenderer renderer, PdfSeal seal) {
        this.renderer = renderer;
        this.seal = seal;
    }

    String qrDataUri(String url) {
        return QrCodes.pngDataUri(url);
    }

    /** @param agencyCode the agency's 统一社会信用代码, which a CA-issued keystore is configured under */
    byte[] issue(String xhtml, long agencyId, String agencyName, String agencyCode, Instant at) {
        return seal.seal(renderer.render(xhtml), new SealAgency(agencyId, agencyName, agencyCode), at);
    }
}
