package org.sanxiang.document.internal;

import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What anyone may check of an issued document: the facts its QR code leads to and the ledger entry proving them,
 * never the party (the PDF itself is the holder's; the page compares its hash in the browser).
 */
@Component
class DocumentVerification {

    private final DocumentRepository documents;
    private final Ledger ledger;
    private final AgencyDirectory agencies;
    private final String publicBaseUrl;
    private final Environment environment;

    DocumentVerification(DocumentRepository documents, Ledger ledger, AgencyDirectory agencies,
            DocumentProperties properties, @Value("${sanxiang.portal.public-base-url:}") String portalBaseUrl,
            Environment environment) {
        this.environment = environment;
        this.documents = documents;
        this.ledger = ledger;
        this.agencies = agencies;
        this.publicBaseUrl = !properties.publicBaseUrl().isBlank() ? properties.publicBaseUrl() : portalBaseUrl;
    }

    /**
     * The address QR codes print: the configured public one, else the one this request came to, else (a document
     * issued outside a request, as the demo data's) this server's own.
     */
    String base() {
        if (!publicBaseUrl.isBlank()) {
            return publicBaseUrl.replaceAll("/+$", "");
        }
        return RequestContextHolder.getRequestAttributes() != null
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    @Transactional(readOnly = true)
    DocumentView.Public of(long id) {
        Document d = documents.findById(id).filter(x -> x.getStatus().issued())
                .orElseThrow(() -> new NotFoundException("没有该文书，或文书尚未签发。请核对二维码或网址。",
                        "No such issued document"));
        DocumentTemplate template = DocumentService.template(d.getTemplateCode());
        Long index = ledger.indexOf(new Ledger.SubjectRef("document", Long.toString(id), d.getAgencyId()),
                "document.issued").orElse(null);
        String agency = agencies.name(d.getAgencyId()).orElse("");
        Long correctedBy = d.getStatus() == DocumentStatus.CORRECTED ? documents.findFirstByPreviousIdAndStatusNot(id,
                DocumentStatus.DRAFT).map(Document::getId).orElse(null) : null;
        return new DocumentView.Public(id, d.getNumber(), d.getTemplateCode(), template.title(), agency,
                d.getIssuedAt(), d.getVersionNo(), d.getStatus().name(), d.getStatus().text(), d.getSha256(), index,
                proof(index), correctedBy);
    }

    // against the latest signed checkpoint, which the entry is under once the next checkpoint is signed
    private String proof(Long index) {
        long size = index == null ? 0 : ledger.checkpointedSize();
        return index == null || index >= size ? null
                : "/api/v1/public/ledger/proof/inclusion?index=" + index + "&size=" + size;
    }
}
