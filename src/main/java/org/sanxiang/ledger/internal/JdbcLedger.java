package org.sanxiang.ledger.internal;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends in the caller's transaction, without any lock: the row is inserted (batched, see {@link EntryBuffer})
 * when the transaction commits, and the tree index is assigned later by the {@link Sequencer}, so concurrent
 * writers never queue behind each other.
 */
@Service
class JdbcLedger implements Ledger {

    private final EntryStore entries;
    private final LedgerIdentity identity;
    private final SeqAllocator seqs;
    private final TreeStore trees;

    JdbcLedger(EntryStore entries, LedgerIdentity identity, SeqAllocator seqs, TreeStore trees) {
        this.trees = trees;
        this.entries = entries;
        this.identity = identity;
        this.seqs = seqs;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED) // joins the command's transaction: its rollback drops the entry
    public long append(String module, String entryType, SubjectRef subject, Map<String, ?> payload) {
        require("module", module, 32);
        require("entryType", entryType, 64);
        require("subject type", subject == null ? null : subject.type(), 32);
        require("subject id", subject.id(), 64);
        OffsetDateTime time = TreeStore.now().truncatedTo(ChronoUnit.MICROS);
        String actor = CurrentUser.actor();
        byte[] json = EntryHeader.payload(payload == null ? Map.of() : payload, module, entryType, subject.type(),
                subject.id(), subject.agencyId(), time.toInstant(), actor);
        byte[] leafHash = identity.get().hasher().hashLeaf(json);
        long seq = seqs.next();
        EntryBuffer.current(entries).add(new EntryStore.NewEntry(seq, module, entryType, subject.type(), subject.id(),
                subject.agencyId(), json, leafHash, time, actor));
        return seq;
    }

    @Override
    public Optional<Long> indexOf(SubjectRef subject, String entryType) {
        return entries.latestIndex(subject.type(), subject.id(), entryType);
    }

    @Override
    public long checkpointedSize() {
        return trees.latestCheckpoint().map(TreeStore.StoredCheckpoint::treeSize).orElse(0L);
    }

    @Override
    public boolean hashesWithSm3() {
        return identity.get().algorithm() == LedgerAlgorithm.SM3_SM2;
    }

    private static void require(String what, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("ledger entry " + what + " must be 1.." + maxLength + " characters: " + value);
        }
    }
}
