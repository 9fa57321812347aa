package org.sanxiang.document.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.sanxiang.platform.AuditedEntity;

/**
 * A document of a case: a draft whose fields the officer completes, then issued with its 文号 and sealed PDF and
 * never changed again but for its status. A correction is a new document, the next version of the same number.
 */
@Entity
@Table(name = "document")
public class Document extends AuditedEntity {

    @Column(nullable = false)
    private long agencyId;
    @Column(nullable = false)
    private long caseId;
    @Column(nullable = false)
    private String templateCode;
    @Column(nullable = false)
    private int templateVersion;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status;
    @Column(nullable = false)
    private String fields;
    private String number;
    private String numberWord;
    private Integer numberYear;
    private Integer numberValue;
    @Column(nullable = false)
    private int versionNo;
    private Long previousId;
    private String correctionReason;
    private Instant issuedAt;
    private String issuedBy;
    private String sha256;
    private String statusReason;

    protected Document() {
    }

    Document(long agencyId, long caseId, String templateCode, String fields) {
        this.agencyId = agencyId;
        this.caseId = caseId;
        this.templateCode = templateCode;
        this.fields = fields;
        this.status = DocumentStatus.DRAFT;
        this.versionNo = 1;
    }

    /** The next version of an issued document, correcting it: same template and number, the reason kept. */
    static Document correcting(Document issued, String fields, String reason) {
        Document next = new Document(issued.agencyId, issued.caseId, issued.templateCode, fields);
        next.versionNo = issued.versionNo + 1;
        next.previousId = issued.getId();
        next.correctionReason = reason;
        next.number = issued.number;
        next.numberWord = issued.numberWord;
        next.numberYear = issued.numberYear;
        next.numberValue = issued.numberValue;
        return next;
    }

    void fill(String fields) {
        requireDraft();
        this.fields = fields;
    }

    void number(String number, String word, int year, int value) {
        requireDraft();
        this.number = number;
        this.numberWord = word;
        this.numberYear = year;
        this.numberValue = value;
    }

    void issue(int templateVersion, String sha256, Instant at, String by) {
        requireDraft();
        this.templateVersion = templateVersion;
        this.sha256 = sha256;
        this.issuedAt = at;
        this.issuedBy = by;
        this.status = DocumentStatus.IN_FORCE;
    }

    /** Corrected by a later version, or withdrawn; only a document in force changes so. */
    void end(DocumentStatus to, String reason) {
        if (status != DocumentStatus.IN_FORCE) {
            throw new IllegalStateException("document " + getId() + " is " + status);
        }
        this.status = to;
        this.statusReason = reason;
    }

    private void requireDraft() {
        if (status != DocumentStatus.DRAFT) {
            throw new IllegalStateException("document " + getId() + " is issued: it never changes");
        }
    }

    /** What its ledger entries record of it: everything but the draft's fields and the PDF's bytes. */
    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("caseId", caseId);
        facts.put("template", templateCode);
        facts.put("templateVersion", templateVersion);
        facts.put("number", number);
        facts.put("version", versionNo);
        facts.put("previousId", previousId);
        facts.put("correctionReason", correctionReason);
        facts.put("status", status.name());
        facts.put("sha256", sha256);
        facts.put("issuedAt", issuedAt == null ? null : issuedAt.toString());
        facts.put("issuedBy", issuedBy);
        return facts;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getFields() {
        return fields;
    }

    public String getNumber() {
        return number;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStatusReason() {
        return statusReason;
    }
}
