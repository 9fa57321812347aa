package org.sanxiang.ledger;

import java.util.Map;
import java.util.Optional;

/**
 * The append-only, verifiable record of everything that happened (全过程留痕、可回溯、防删改).
 * Every state-changing command of every module calls {@link #append} inside its own transaction.
 */
public interface Ledger {

    /**
     * Appends an entry in the caller's transaction: it becomes durable when that transaction commits and
     * leaves no trace when it rolls back. The actor is the authenticated user (or "system").
     *
     * @param module    the module that changed state, e.g. {@code "registry"}
     * @param entryType what happened, e.g. {@code "officer.registered"}
     * @param subject   what it happened to and whose record it is, e.g. {@code new SubjectRef("officer", "7", 12L)}
     * @param payload   the facts of the change; serialised as canonical JSON (RFC 8785) together with the entry's
     *                  own facts (who, when, what, about what) under the reserved key {@code "$entry"}, so that the
     *                  leaf hash covers them too. Keys must not start with {@code $} or a character sorting
     *                  before it.
     * @return the sequence number of the new entry (its tree index is assigned when it is integrated)
     */
    long append(String module, String entryType, SubjectRef subject, Map<String, ?> payload);

    /**
     * The tree index of the latest entry of this type about this subject, once the sequencer has integrated it (a
     * moment after its commit); empty before, or when there is none. A module links a record to its entry by it (a
     * document's verification page to its inclusion proof).
     */
    Optional<Long> indexOf(SubjectRef subject, String entryType);

    /** The tree size of the latest signed checkpoint: entries below it have inclusion proofs anyone can check. */
    long checkpointedSize();

    /**
     * Whether this ledger hashes with SM3 (a 国密 ledger, fixed at its creation): modules that fingerprint content
     * for it (evidence) then add an SM3 hash to the SHA-256 one.
     */
    boolean hashesWithSm3();

    /**
     * What an entry is about: a type (case, agency, officer, evidence, ...) and its id, and the agency whose record
     * it is. The agency decides who may read the entry's payload (that agency's data scope); {@code null} marks a
     * platform-wide record (a holiday calendar, an integrity run), readable by platform administrators only.
     */
    record SubjectRef(String type, String id, Long agencyId) {
    }
}
