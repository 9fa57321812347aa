package org.sanxiang.ledger.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The largest tree size this JVM knows to be integrated and committed, so that a proof request need not read the
 * meta row only to check its size: the tree only grows, so a size up to this one is always there. It lags behind
 * the database when another node of a cluster integrates (any node's sequencer may, taking turns by the meta
 * row lock), so a larger size is not refused from here but read from the meta row (see {@link LedgerReads}).
 */
@Component
class IntegratedSize {

    private final AtomicLong known = new AtomicLong();

    long known() {
        return known.get();
    }

    /** Never lowers it: a tree only grows. */
    private void raise(long size) {
        known.accumulateAndGet(size, Math::max);
    }

    /**
     * Raises it once the current transaction has committed (at once outside one): before that other transactions
     * do not see the new nodes, and a rollback would leave a size that was never integrated.
     */
    void raiseAfterCommit(long size) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            raise(size);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                raise(size);
            }
        });
    }
}
