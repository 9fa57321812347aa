package org.sanxiang.document.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** The issued PDF: the page rendered with the shipped fonts, then sealed with the agency's key. */
@Component
class DocumentPdf {

    String qrDataUri(String url) {
        throw new UnsupportedOperationException("wired to the pdf package when it lands");
    }

    byte[] issue(String xhtml, long agencyId, String agencyName, boolean visibleSeal, Instant at) {
        throw new UnsupportedOperationException("wired to the pdf package when it lands");
    }
}
