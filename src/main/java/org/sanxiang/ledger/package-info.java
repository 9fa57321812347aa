/**
 * The ledger (全过程记录账本): an append-only, verifiable log of every state change.
 * <ul>
 * <li>{@link org.sanxiang.ledger.Ledger#append} runs in the caller's transaction; the transaction's entries are
 * inserted as one batch when it commits (a rollback leaves none). Payloads are RFC 8785 canonical JSON and carry
 * the entry's own facts (actor, time, module, type, subject, agency) under {@code "$entry"}, so the leaf hash
 * H(0x00 ‖ payload) covers who and when as well as what.</li>
 * <li>A single sequencer (every 200 ms, serialised across nodes by a row lock on {@code ledger_meta}) gives
 * committed entries dense, gap-free tree indexes and stores the hash of every perfect subtree they complete
 * ({@code ledger_node}); any root, inclusion proof or consistency proof (RFC 6962 / RFC 9162 §2.1) is then
 * assembled from O(log n) stored hashes in one query.</li>
 * <li>Checkpoints are C2SP tlog-checkpoints in C2SP signed notes, signed with a key created on first start
 * (Ed25519, or SM2 with SM3 hashing for 国密 ledgers: algorithms are fixed at creation). All are kept.</li>
 * <li>{@code java -jar sanxiang.jar ledger verify} and the workbench page (platform administrators) recompute
 * every leaf and subtree, check every checkpoint's signature, root and consistency, and name the first entry
 * altered, relabelled, deleted or reordered. They then reconcile every module's tables with the ledger: each module
 * declares a {@link org.sanxiang.ledger.ReconciledRecords} bean per kind of record, and every row whose facts differ
 * from its latest entry, that no entry describes, or that the ledger describes but the table lacks, is named. A
 * scheduled verification (daily) records its outcome as a {@code ledger.verified} entry.</li>
 * <li>The workbench page reads in plain language: each module that writes entries declares a
 * {@link org.sanxiang.ledger.LedgerVocabulary} (names in its own bundle) and a
 * {@link org.sanxiang.ledger.SubjectPages} per subject type (name and link), so the ledger depends on none of them.</li>
 * </ul>
 * Public endpoints: {@code /api/v1/public/ledger/...} (API-CONTRACT.md "Ledger"); payloads only under
 * {@code /api/v1/ledger/entries} for ADMIN and SUPERVISOR, within their data scope (the entry's agency).
 * Benchmarks: {@code bench/README.md}.
 */
package org.sanxiang.ledger;
