package org.sanxiang.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;

/** How the API gives documents. */
final class DocumentView {

    private DocumentView() {
    }

    /** A row of a case's documents (../API-CONTRACT "Documents"). */
    record Summary(long id, String type, Text title, String number, int version, String status, Instant issuedAt,
            String sha256, String pdf, String verify) {

        static Summary of(Document d) {
            boolean issued = d.getStatus().issued();
            return new Summary(d.getId(), d.getTemplateCode(), DocumentService.template(d.getTemplateCode()).title(),
                    d.getNumber(), d.getVersionNo(), d.getStatus().name(), d.getIssuedAt(), d.getSha256(),
                    issued ? "/api/v1/documents/" + d.getId() + "/pdf" : null, issued ? "/d/" + d.getId() : null);
        }
    }

    /** A document whole, for those who work on it: its fields, signatures, services and what would block its issue. */
    record Full(Summary document, long caseId, Map<String, String> fields, Long previousId, String correctionReason,
            String statusReason, List<SignatureView> signatures, List<ServiceView> services,
            List<Refusal> issueRefusals) {
    }

    record SignatureView(long id, String role, String name, boolean refused, String witness, String sha256,
            Instant signedAt) {

        static SignatureView of(DocumentParts.Signature s) {
            return new SignatureView(s.id(), s.role().name(), s.name(), s.refused(), s.witness(), s.sha256(),
                    s.signedAt());
        }
    }

    record ServiceView(long id, String method, LocalDate handedOn, LocalDate servedOn, String receiver,
            String witness, String note, String receiptSha256, Instant recordedAt, String recordedBy) {

        static ServiceView of(DocumentParts.Service s) {
            return new ServiceView(s.id(), s.method().name(), s.handedOn(), s.servedOn(), s.receiver(), s.witness(),
                    s.note(), s.receiptSha256(), s.recordedAt(), s.recordedBy());
        }
    }

    /**
     * What anyone holding a copy may check (../API-CONTRACT "Documents"): never the party.
     *
     * @param ledgerIndex    the tree index of its issue's entry; {@code null} for the moment until it is integrated
     * @param inclusionProof its proof against the latest signed checkpoint; {@code null} until one covers it
     */
    record Public(long id, String number, String type, Text title, String agency, Instant issuedAt, int version,
            String status, Text statusName, String sha256, Long ledgerIndex, String inclusionProof,
            Long correctedBy) {
    }
}
