package org.sanxiang.evidence.internal.integrity;

import java.time.Instant;

/**
 * Evidence whose stored content the integrity check last found changed, missing or unreadable, and no later check
 * has found intact: named so that a person can act on it (which evidence, which case or record, who uploaded it).
 */
public record IntegrityAlert(long evidenceId, String caseRef, String uploadedBy, String fileName, String problem,
                             long runId, Instant checkedAt) {
}
