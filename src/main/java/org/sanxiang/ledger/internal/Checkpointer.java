package org.sanxiang.ledger.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Signs checkpoints of the current tree: on an interval when the tree has grown, and on demand. All are kept. */
@Component
public class Checkpointer {

    private final TreeStore trees;
    private final Sequencer sequencer;
    private final LedgerIdentity identity;
    private final TransactionTemplate transaction;

    Checkpointer(TreeStore trees, Sequencer sequencer, LedgerIdentity identity, TransactionTemplate transaction) {
        this.trees = trees;
        this.sequencer = sequencer;
        this.identity = identity;
        this.transaction = transaction;
    }

    /** A new checkpoint if the tree grew since the latest one. */
    public Optional<TreeStore.StoredCheckpoint> checkpointIfGrown() {
        identity.get();
        return transaction.execute(status -> {
            TreeStore.Meta meta = trees.lockMeta(); // a consistent (size, root) pair, not one mid-integration
            long latest = trees.latestCheckpoint().map(TreeStore.StoredCheckpoint::treeSize).orElse(-1L);
            return meta.treeSize() == latest ? Optional.empty() : Optional.of(sign(meta, "system"));
        });
    }

    /** A checkpoint now, after integrating every entry committed so far. */
    public TreeStore.StoredCheckpoint checkpointNow(String actor) {
        sequencer.integrateAll();
        return transaction.execute(status -> sign(trees.lockMeta(), actor));
    }

    private TreeStore.StoredCheckpoint sign(TreeStore.Meta meta, String actor) {
        trees.insertCheckpoint(meta.treeSize(), meta.rootHash(),
                identity.get().signCheckpoint(meta.treeSize(), meta.rootHash()), actor);
        return trees.latestCheckpoint().orElseThrow();
    }
}
