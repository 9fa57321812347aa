package org.sanxiang.evidence;

import java.time.Instant;
import java.util.List;

/**
 * The evidence linked to a case (its {@code caseRef} is the case's number), for the case's page and for the rules
 * that want a step recorded on video (音像记录事项清单).
 */
public interface CaseEvidence {

    /** Oldest first. */
    List<Linked> linkedTo(long agencyId, String caseRef);

    /**
     * @param stepRef the case's step the uploader linked it to ({@code null}: the case as a whole)
     * @param capturedAt when the recording was made, as the uploader or the device gave it
     */
    record Linked(long id, EvidenceKind kind, String stepRef, Instant capturedAt, String sha256, String fileName,
            String mediaType, String officer) {
    }
}
