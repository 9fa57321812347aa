package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction's new entries, inserted as one JDBC batch just before it commits: same transaction, so a
 * rollback leaves nothing, and no round trip per append. Found among the current transaction's
 * synchronizations, which Spring suspends with the transaction (a REQUIRES_NEW inside gets its own buffer).
 */
final class EntryBuffer implements TransactionSynchronization {

    private final EntryStore entries;
    private final List<EntryStore.NewEntry> pending = new ArrayList<>();
    private boolean flushed;

    private EntryBuffer(EntryStore entries) {
        this.entries = entries;
    }

    /** The current transaction's buffer, registered on first use. */
    static EntryBuffer current(EntryStore entries) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof EntryBuffer buffer) {
                return buffer;
            }
        }
        EntryBuffer buffer = new EntryBuffer(entries);
        TransactionSynchronizationManager.registerSynchronization(buffer);
        return buffer;
    }

    void add(EntryStore.NewEntry entry) {
        if (flushed) {
            // e.g. an after-commit callback joining the finished transaction: its entry would be lost silently
            throw new IllegalStateException("ledger append after the transaction committed; use a new transaction");
        }
        pending.add(entry);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        entries.insertAll(pending); // a failure here rolls the whole transaction back
        pending.clear();
        flushed = true;
    }
}
