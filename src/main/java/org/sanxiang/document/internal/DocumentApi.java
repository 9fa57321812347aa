package org.sanxiang.document.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.document.internal.template.AgencySetting;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents over the API: a case's documents and the templates it may make now, a draft made, completed, signed and
 * issued, its PDF, its correction, withdrawal and service; and the public verification of an issued one.
 */
@RestController
class DocumentApi {

    static final String READERS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR')";
    static final String ACTORS = "hasAnyRole('OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD')";

    private final DocumentService documents;
    private final DocumentVerification verification;
    private final DocumentForms forms;

    DocumentApi(DocumentService documents, DocumentVerification verification, DocumentForms forms) {
        this.documents = documents;
        this.verification = verification;
        this.forms = forms;
    }

    /** What the signed-in user's agency's documents say of it (文号 abbreviation, review body, court, payment). */
    @GetMapping("/api/v1/document-settings")
    @PreAuthorize("isAuthenticated()")
    AgencySetting settings(CurrentUser user) {
        return user.agencyId() == null ? new AgencySetting("", "", "", "") : forms.settings(user.agencyId());
    }

    @PutMapping("/api/v1/document-settings")
    @PreAuthorize(DocumentFormPages.KEEPERS)
    AgencySetting saveSettings(CurrentUser user, @RequestBody AgencySetting setting) {
        forms.saveSettings(user, setting == null ? new AgencySetting(null, null, null, null) : setting);
        return forms.settings(user.agencyId());
    }

    @GetMapping("/api/v1/cases/{caseId}/documents")
    @PreAuthorize(READERS)
    List<DocumentView.Summary> ofCase(CurrentUser user, @PathVariable long caseId) {
        return documents.ofCase(user, caseId).documents().stream().map(DocumentView.Summary::of).toList();
    }

    record Offered(String template, String title, int form, boolean numbered, boolean allowed,
            List<org.sanxiang.platform.rule.Refusal> refusals) {
    }

    @GetMapping("/api/v1/cases/{caseId}/document-templates")
    @PreAuthorize(READERS)
    List<Offered> templates(CurrentUser user, @PathVariable long caseId) {
        return documents.ofCase(user, caseId).offers().stream().map(o -> new Offered(o.template().code(),
                o.template().title().zh(), o.template().form(), o.template().numbered(), o.refusals().isEmpty(),
                o.refusals())).toList();
    }

    record DraftRequest(String template) {
    }

    @PostMapping("/api/v1/cases/{caseId}/documents")
    @PreAuthorize(ACTORS)
    ResponseEntity<DocumentView.Full> draft(CurrentUser user, @PathVariable long caseId,
            @RequestBody DraftRequest request) {
        if (request == null || request.template() == null || request.template().isBlank()) {
            throw new InvalidInputException("请指定文书模板", "template is required");
        }
        Document draft = documents.draft(user, caseId, request.template());
        return ResponseEntity.status(HttpStatus.CREATED).body(full(user, draft));
    }

    @GetMapping("/api/v1/documents/{id}")
    @PreAuthorize(READERS)
    DocumentView.Full one(CurrentUser user, @PathVariable long id) {
        return full(user, documents.visible(user, id));
    }

    record FieldsRequest(Map<String, String> fields) {
    }

    @PutMapping("/api/v1/documents/{id}/fields")
    @PreAuthorize(ACTORS)
    DocumentView.Full fill(CurrentUser user, @PathVariable long id, @RequestBody FieldsRequest request) {
        return full(user, documents.fill(user, id, request == null || request.fields() == null ? Map.of()
                : request.fields()));
    }

    /** @param image the drawn signature, a base64 PNG (a data: URI is accepted); none for the party's refusal */
    record SignatureRequest(String role, String name, Long officerId, String image, String witness) {
    }

    @PostMapping("/api/v1/documents/{id}/signatures")
    @PreAuthorize(ACTORS)
    ResponseEntity<DocumentView.SignatureView> sign(CurrentUser user, @PathVariable long id,
            @RequestBody SignatureRequest request) {
        DocumentParts.Signature signed = documents.sign(user, id, DocumentRequests.signer(request.role()),
                request.name(), request.officerId(), DocumentRequests.image(request.image()), request.witness());
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.SignatureView.of(signed));
    }

    @PostMapping("/api/v1/documents/{id}/issue")
    @PreAuthorize(ACTORS)
    DocumentView.Full issue(CurrentUser user, @PathVariable long id) {
        return full(user, documents.issue(user, id, verification.base()));
    }

    record ReasonRequest(String reason) {
    }

    @PostMapping("/api/v1/documents/{id}/corrections")
    @PreAuthorize(ACTORS)
    ResponseEntity<DocumentView.Full> correct(CurrentUser user, @PathVariable long id,
            @RequestBody ReasonRequest request) {
        Document draft = documents.correct(user, id, request == null ? null : request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(full(user, draft));
    }

    @PostMapping("/api/v1/documents/{id}/withdrawal")
    @PreAuthorize("hasRole('AGENCY_HEAD')")
    DocumentView.Full withdraw(CurrentUser user, @PathVariable long id, @RequestBody ReasonRequest request) {
        return full(user, documents.withdraw(user, id, request == null ? null : request.reason()));
    }

    /** @param receipt base64 of the signed 送达回证, the postal receipt or a photo; {@code receiptType} its type */
    record ServiceRequest(String method, LocalDate handedOn, String receiver, String witness, String note,
            String receipt, String receiptType, String avSkipReason) {
    }

    @PostMapping("/api/v1/documents/{id}/services")
    @PreAuthorize(ACTORS)
    ResponseEntity<DocumentView.ServiceView> serve(CurrentUser user, @PathVariable long id,
            @RequestBody ServiceRequest request) {
        DocumentParts.Service served = documents.serve(user, id, new DocumentService.Serving(
                DocumentRequests.method(request.method()), request.handedOn(), request.receiver(), request.witness(),
                request.note(), DocumentRequests.image(request.receipt()), request.receiptType(),
                request.avSkipReason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.ServiceView.of(served));
    }

    @GetMapping("/api/v1/documents/{id}/pdf")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        Document document = documents.visible(user, id);
        byte[] pdf = documents.pdf(document).orElseThrow(() -> new NotFoundException("文书尚未签发，没有 PDF",
                "The document is not issued: no PDF yet"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(fileName(document), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString()).body(pdf);
    }

    @GetMapping(value = "/api/v1/documents/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(READERS)
    String preview(CurrentUser user, @PathVariable long id) {
        return documents.preview(user, id);
    }

    @GetMapping("/api/v1/public/documents/{id}")
    DocumentView.Public verify(@PathVariable long id) {
        return verification.of(id);
    }

    static String fileName(Document document) {
        String title = DocumentService.template(document.getTemplateCode()).title().zh();
        return (document.getNumber() == null ? title + "-" + document.getId() : title + "-" + document.getNumber()
                + (document.getVersionNo() > 1 ? "-第" + document.getVersionNo() + "版" : "")) + ".pdf";
    }

    private DocumentView.Full full(CurrentUser user, Document d) {
        return new DocumentView.Full(DocumentView.Summary.of(d), d.getCaseId(), DocumentFields.read(d.getFields()),
                d.getPreviousId(), d.getCorrectionReason(), d.getStatusReason(),
                documents.signatures(d.getId()).stream().map(DocumentView.SignatureView::of).toList(),
                documents.services(d.getId()).stream().map(DocumentView.ServiceView::of).toList(),
                d.getStatus() == DocumentStatus.DRAFT ? documents.issueRefusals(user, d.getId()) : List.of());
    }
}
