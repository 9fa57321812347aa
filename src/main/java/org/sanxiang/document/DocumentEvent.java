package org.sanxiang.document;

import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * What the document commands publish; each is its own ledger entry about the document ({@code document}, its id) of
 * the agency. {@code facts} is the document as it is after the change (case, template and its version, 文号,
 * version, status, the PDF's SHA-256) with what the change adds: a correction's reason, a signature's or a receipt's
 * SHA-256, a service's method and date. Other modules react to the issue of a decision (disclosure).
 */
public sealed interface DocumentEvent extends RecordedEvent {

    long documentId();

    long agencyId();

    default SubjectRef subject() {
        return new SubjectRef("document", Long.toString(documentId()), agencyId());
    }

    /** Issued: numbered, sealed and in force; a correction's new version too ({@code facts.previousId}). */
    record Issued(long documentId, long agencyId, Map<String, Object> facts) implements DocumentEvent {
        public String entryType() {
            return "document.issued";
        }
    }

    /** No longer in force: corrected by a later version, or withdrawn ({@code facts.status}, {@code facts.reason}). */
    record Ended(long documentId, long agencyId, Map<String, Object> facts) implements DocumentEvent {
        public String entryType() {
            return "document.ended";
        }
    }

    /** A signature captured before issue, or the party's refusal with its witness ({@code facts.signature}). */
    record Signed(long documentId, long agencyId, Map<String, Object> facts) implements DocumentEvent {
        public String entryType() {
            return "document.signed";
        }
    }

    /** 送达: how, when and to whom the issued document was served ({@code facts.service}). */
    record Served(long documentId, long agencyId, Map<String, Object> facts) implements DocumentEvent {
        public String entryType() {
            return "document.served";
        }
    }

    /** An agency's own version of a template, or its documents' settings ({@code facts}: what it says now). */
    record AgencyFormChanged(long agencyId, String what, Map<String, Object> facts) implements DocumentEvent {
        public long documentId() {
            return 0;
        }

        public SubjectRef subject() {
            return new SubjectRef("document-form", what + "@" + agencyId, agencyId);
        }

        public String entryType() {
            return "document.form-changed";
        }
    }
}
