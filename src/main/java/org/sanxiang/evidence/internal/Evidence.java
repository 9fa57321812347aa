package org.sanxiang.evidence.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;


/** One stored evidence record: a content address, what the file is, and what the uploader said about it. */
public record Evidence(
        long id,
        ContentHashes hashes,
        long size,
        String mediaType,
        EvidenceMetadata metadata,
        Long agencyId,
        Instant createdAt,
        String createdBy) {

    /** The ledger payload of {@code evidence.stored}: content hash(es), size, detected type and all metadata. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("evidenceId", id);
        facts.put("sha256", hashes.sha256());
        EvidenceMetadata.put(facts, "sm3", hashes.sm3());
        facts.put("size", size);
        facts.put("mediaType", mediaType);
        facts.putAll(metadata.facts());
        EvidenceMetadata.put(facts, "agencyId", agencyId);
        return facts;
    }
}
