package org.sanxiang.evidence.internal.integrity;

import java.time.Instant;
import java.util.List;

/** One re-hash of every stored object and what it found; {@code finishedAt} is null while it runs. */
public record IntegrityRun(long id, String store, Instant startedAt, Instant finishedAt, long objectsChecked,
                           long bytesChecked, int mismatches, int missing, String failure, String startedBy,
                           List<Finding> findings) {

    public boolean clean() {
        return finishedAt != null && failure == null && mismatches == 0 && missing == 0;
    }

    /**
     * @param problem MISMATCH (content no longer hashes to its address or has another size), MISSING (no object),
     *                UNREADABLE (the store failed to deliver it)
     */
    public record Finding(String sha256, String problem, String actualSha256, Long actualSize) {
    }
}
