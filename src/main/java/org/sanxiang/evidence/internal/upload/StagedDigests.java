package org.sanxiang.evidence.internal.upload;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.sanxiang.evidence.internal.ContentDigest;

/**
 * The running hash of each upload in progress, so each byte is hashed once as it arrives. Kept in memory only: after
 * a restart (or when evicted) the hash is rebuilt from the staged bytes, which is slower but always correct.
 */
final class StagedDigests {

    private static final int MAX_KEPT = 1000;

    private final StagingArea staging;
    private final BooleanSupplier withSm3;
    private final Map<String, ContentDigest> digests = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ContentDigest> eldest) {
                    return size() > MAX_KEPT;
                }
            });

    StagedDigests(StagingArea staging, BooleanSupplier withSm3) {
        this.staging = staging;
        this.withSm3 = withSm3;
    }

    /** The hash of the first {@code offset} bytes of the upload, ready to continue. */
    ContentDigest at(String uploadId, long offset) throws IOException {
        ContentDigest kept = digests.remove(uploadId);
        return kept != null && kept.length() == offset ? kept : staging.rehash(uploadId, offset, withSm3.getAsBoolean());
    }

    void keep(String uploadId, ContentDigest digest) {
        digests.put(uploadId, digest);
    }
}
