package org.sanxiang.ledger.internal;

import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole entry, payload included: only for users allowed to read it (ADMIN, SUPERVISOR, within their data scope).
 * {@code leafHash} is H(0x00 ‖ payload bytes as served); the payload's {@code $entry} repeats who, when and what.
 */
public record EntryView(Long index, long seq, Instant time, String actor, String module, String entryType,
        String subjectType, String subjectId, Long agencyId, @JsonRawValue String payload, String leafHash) {

    /** The facts of the change, without the {@code $entry} header that repeats the other columns (for display). */
    @JsonIgnore
    public String facts() {
        JsonNode node = JsonMapper.shared().readTree(payload);
        return node instanceof ObjectNode object ? object.without(EntryHeader.KEY).toString() : payload;
    }

    static EntryView of(EntryStore.Row row) {
        return new EntryView(row.treeIndex(), row.seq(), row.createdAt(), row.actor(), row.module(), row.entryType(),
                row.subjectType(), row.subjectId(), row.agencyId(), row.payloadJson(), HexFormat.of().formatHex(row.leafHash()));
    }
}
