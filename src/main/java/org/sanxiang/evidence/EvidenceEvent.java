package org.sanxiang.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/** What the evidence module publishes; each is also its ledger entry. */
public sealed interface EvidenceEvent extends RecordedEvent {

    /**
     * Content became evidence (证据入库): {@code facts} is the evidence record (hashes, size, media type, metadata,
     * uploader), which {@code ledger verify} reconciles the table with.
     */
    record EvidenceStored(long evidenceId, Long agencyId, String sha256, Map<String, Object> facts)
            implements EvidenceEvent {
        public String entryType() {
            return "evidence.stored";
        }

        public SubjectRef subject() {
            return evidence(evidenceId, agencyId);
        }
    }

    /**
     * An upload brought content the agency already held: no second record, the upload links the existing evidence;
     * what its uploader declared (case, officer, ...) stays on record here.
     */
    record UploadedAgain(long evidenceId, Long agencyId, String sha256, Map<String, Object> facts)
            implements EvidenceEvent {
        public String entryType() {
            return "evidence.uploaded-again";
        }

        public SubjectRef subject() {
            return evidence(evidenceId, agencyId);
        }
    }

    /** Someone viewed (played) or downloaded a byte range of the evidence: every request, every seek. */
    record EvidenceAccessed(long evidenceId, Long agencyId, String sha256, boolean download, String range)
            implements EvidenceEvent {
        public String entryType() {
            return download ? "evidence.downloaded" : "evidence.viewed";
        }

        public SubjectRef subject() {
            return evidence(evidenceId, agencyId);
        }

        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("evidenceId", evidenceId);
            facts.put("sha256", sha256);
            facts.put("range", range);
            return facts;
        }
    }

    /** An unfinished upload expired: its partial file (never evidence) is removed; who started it stays on record. */
    record UploadExpired(String uploadId, Long agencyId, long received, long length, String startedBy)
            implements EvidenceEvent {
        public String entryType() {
            return "upload.expired";
        }

        public SubjectRef subject() {
            return new SubjectRef("upload", uploadId, agencyId);
        }

        public Map<String, Object> facts() {
            return Map.of("received", received, "length", length, "startedBy", startedBy);
        }
    }

    /** An integrity run re-hashed every stored file: its counts and findings; platform-wide (no agency). */
    record IntegrityChecked(long runId, Map<String, Object> facts) implements EvidenceEvent {
        public String entryType() {
            return "evidence.integrity-checked";
        }

        public SubjectRef subject() {
            return new SubjectRef("evidence-integrity-run", Long.toString(runId), null);
        }
    }

    private static SubjectRef evidence(long id, Long agencyId) {
        return new SubjectRef("evidence", Long.toString(id), agencyId);
    }
}
