package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.ledger.internal.merkle.CompactRange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single sequencer (the design of Trillian and Tessera): takes committed entries that have no tree index
 * yet, gives them the next dense, gap-free indexes in sequence order, and stores the leaf and every subtree
 * hash they complete, one batch per transaction. The meta row lock makes it single even across nodes.
 */
@Component
public class Sequencer {

    private static final int MAX_ATTEMPTS = 10;

    private final TreeStore trees;
    private final EntryStore entries;
    private final LedgerIdentity identity;
    private final TransactionTemplate transaction;
    private final IntegratedSize integrated;
    private final int batchSize;

    Sequencer(TreeStore trees, EntryStore entries, LedgerIdentity identity, TransactionTemplate transaction,
            IntegratedSize integrated, LedgerProperties properties) {
        this.trees = trees;
        this.entries = entries;
        this.identity = identity;
        this.transaction = transaction;
        this.integrated = integrated;
        this.batchSize = properties.batchSize();
    }

    /** Integrates everything committed so far; returns how many entries were added to the tree. */
    public long integrateAll() {
        identity.get(); // the meta row exists from here on, even if this runs before start-up finished
        if (!entries.hasPending()) {
            return 0; // the usual case every 200 ms: no lock taken, no row written
        }
        long total = 0;
        int integrated;
        do {
            integrated = integrateBatchRetrying();
            total += integrated;
        } while (integrated == batchSize);
        return total;
    }

    private int integrateBatchRetrying() {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> integrateBatch());
            } catch (LateCommit e) {
                // an older transaction committed an entry with a smaller seq between our read and our update
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("entries keep committing late; the next run will try again", e);
                }
                backOff(attempt);
            }
        }
    }

    private int integrateBatch() {
        TreeStore.Meta meta = trees.lockMeta();
        List<EntryStore.Pending> pending = entries.pending(batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        CompactRange range = CompactRange.resume(identity.get().hasher(), meta.treeSize(), trees);
        List<CompactRange.Node> nodes = new ArrayList<>(pending.size() * 2);
        for (EntryStore.Pending entry : pending) {
            nodes.addAll(range.append(entry.leafHash()));
        }
        if (entries.assignIndexes(pending.get(pending.size() - 1).seq(), meta.treeSize()) != pending.size()) {
            throw new LateCommit(); // its indexes would not match the leaves just hashed: roll back, read again
        }
        trees.insertNodes(nodes);
        trees.updateTree(range.size(), range.root());
        integrated.raiseAfterCommit(range.size()); // proofs of this size need no meta row read from then on
        return pending.size();
    }

    /**
     * Gives the transactions that took a sequence number but have not committed yet a moment to do so: on a busy
     * machine, retrying at once only meets the same late commits again.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(attempt * 5L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while integrating", e);
        }
    }

    /** Thrown to roll a batch back; cheap (no stack trace), it is control flow. */
    private static final class LateCommit extends RuntimeException {
        LateCommit() {
            super(null, null, false, false);
        }
    }
}
