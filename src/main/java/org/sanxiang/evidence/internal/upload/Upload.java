package org.sanxiang.evidence.internal.upload;

/**
 * A resumable upload as the database knows it; {@code evidenceId} is set once it became evidence, or linked the
 * evidence that already held its content ({@code alreadyStored}).
 */
record Upload(String id, long length, long offset, String metadata, Long agencyId, Long evidenceId, String createdBy,
              boolean expired, boolean alreadyStored) {

    boolean allReceived() {
        return offset == length;
    }

    Upload at(long newOffset) {
        return new Upload(id, length, newOffset, metadata, agencyId, evidenceId, createdBy, expired, alreadyStored);
    }

    Upload became(long evidence, boolean existing) {
        return new Upload(id, length, length, metadata, agencyId, evidence, createdBy, expired, existing);
    }
}
