package org.sanxiang.evidence.internal.integrity;

import java.time.Instant;

/**
 * A stored object that the integrity check found not to be what its evidence records (MISMATCH, MISSING or
 * UNREADABLE, see {@link IntegrityRun.Finding}), and no later complete run has found intact again.
 *
 * @param checkedAt when the failed check found it
 */
public record IntegrityWarning(String problem, long runId, Instant checkedAt) {

    /** The {@code Sanxiang-Integrity} header: the finding, its run and the date of the failed check (ASCII). */
    public String header() {
        return "problem=" + problem + "; run=" + runId + "; checked=" + checkedAt;
    }
}
