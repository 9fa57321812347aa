package org.sanxiang.ledger.internal;

import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A whole entry, payload included: only for users allowed to read payloads (ADMIN, SUPERVISOR). */
public record EntryView(Long index, long seq, Instant time, String actor, String module, String entryType,
        String subjectType, String subjectId, @JsonRawValue String payload, String leafHash) {

    static EntryView of(EntryStore.Row row) {
        return new EntryView(row.treeIndex(), row.seq(), row.createdAt(), row.actor(), row.module(), row.entryType(),
                row.subjectType(), row.subjectId(), row.payloadJson(), HexFormat.of().formatHex(row.leafHash()));
    }
}
