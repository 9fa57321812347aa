package org.sanxiang.ledger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.sanxiang.ledger.internal.merkle.CompactRange;
import org.sanxiang.ledger.internal.merkle.MerkleTree;
import org.sanxiang.ledger.internal.merkle.MerkleVerifier;
import org.sanxiang.ledger.internal.merkle.NodeId;
import org.sanxiang.ledger.internal.note.Checkpoint;
import org.sanxiang.ledger.internal.note.SignedNote;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ledger verify}: recomputes every leaf from its stored payload (checking the entry's columns against the
 * payload's {@code $entry} header), rebuilds the tree and compares it with the
 * stored subtree hashes, checks every stored checkpoint's signature, its root against the rebuilt tree and its
 * consistency with the previous checkpoint (RFC 9162 §2.1.4), and names the first entry altered, deleted or
 * reordered. Then it reconciles the modules' tables with the ledger ({@link Reconciler}) and names every record
 * whose row is not what the ledger records.
 */
@Component
public class LedgerVerifier {

    private static final int BATCH = 1000;

    /** The outcome; {@code findings} is empty when everything verified. */
    public record Report(long entriesChecked, int checkpointsChecked, long recordsChecked, List<Finding> findings) {

        @JsonProperty("ok")
        public boolean ok() {
            return findings.isEmpty();
        }

        public Optional<Finding> firstEntryFinding() {
            return findings.stream().filter(Finding::namesEntry).findFirst();
        }
    }

    private final TreeStore trees;
    private final EntryStore entries;
    private final LedgerIdentity identity;
    private final Reconciler reconciler;
    private final TransactionTemplate readOnly;

    LedgerVerifier(TreeStore trees, EntryStore entries, LedgerIdentity identity, Reconciler reconciler,
            PlatformTransactionManager transactions) {
        this.trees = trees;
        this.entries = entries;
        this.identity = identity;
        this.reconciler = reconciler;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true); // and streaming the entries needs a transaction on PostgreSQL
    }

    public Report verify() {
        Report tree = readOnly.execute(status -> new Run(identity.get(), trees.meta().orElseThrow(), trees.checkpoints()).run());
        Reconciler.Result records = reconciler.reconcile();
        List<Finding> findings = new ArrayList<>(tree.findings());
        findings.addAll(records.findings());
        return new Report(tree.entriesChecked(), tree.checkpointsChecked(), records.recordsChecked(), findings);
    }

    /** One verification pass; holds the rebuilt tree while the entries stream by. */
    private final class Run {

        private final LedgerIdentity.Identity ledger;
        private final TreeStore.Meta meta;
        private final List<TreeStore.StoredCheckpoint> checkpoints;
        private final CompactRange rebuilt;
        private final Set<Long> checkpointSizes = new HashSet<>();
        private final Map<Long, byte[]> rebuiltRoots = new HashMap<>();
        private final List<EntryStore.Row> buffer = new ArrayList<>(BATCH);
        private final List<Finding> findings = new ArrayList<>();
        private Finding entryFinding;
        private Finding nodeFinding;

        Run(LedgerIdentity.Identity ledger, TreeStore.Meta meta, List<TreeStore.StoredCheckpoint> checkpoints) {
            this.ledger = ledger;
            this.meta = meta;
            this.checkpoints = checkpoints;
            this.rebuilt = CompactRange.empty(ledger.hasher());
            checkpoints.forEach(c -> checkpointSizes.add(c.treeSize()));
            rebuiltRoots.put(0L, ledger.hasher().emptyRoot());
        }

        Report run() {
            entries.forEachIntegrated(row -> {
                if (entryFinding == null) { // after the first tampered entry the rebuilt tree means nothing
                    buffer.add(row);
                    if (buffer.size() == BATCH) {
                        checkBuffered();
                    }
                }
            });
            checkBuffered();
            checkTreeEnd();
            if (entryFinding != null) {
                findings.add(entryFinding);
            }
            if (nodeFinding != null) {
                findings.add(nodeFinding);
            }
            checkCheckpoints();
            return new Report(rebuilt.size(), checkpoints.size(), 0, findings);
        }

        private void checkBuffered() {
            if (buffer.isEmpty()) {
                return;
            }
            Map<NodeId, byte[]> storedLeaves = trees.find(buffer.stream().map(r -> new NodeId(0, r.treeIndex())).toList());
            List<CompactRange.Node> recomputed = new ArrayList<>();
            for (EntryStore.Row row : buffer) {
                long position = rebuilt.size();
                if (row.treeIndex() != position) {
                    entryFinding = Finding.missing(position); // indexes are unique and sorted: one was skipped
                    break;
                }
                if (position >= meta.treeSize()) {
                    break; // integrated after this verification began: not part of the tree being checked
                }
                byte[] leaf = ledger.hasher().hashLeaf(row.payload());
                byte[] stored = storedLeaves.get(new NodeId(0, position));
                if (stored == null) {
                    nodeFinding = nodeFinding != null ? nodeFinding : Finding.node(0, position, position, position + 1);
                } else if (!Arrays.equals(leaf, stored)) {
                    // the row's own hash still fits its payload: the row is intact but not the one integrated here
                    entryFinding = Arrays.equals(leaf, row.leafHash()) ? Finding.reordered(position) : Finding.altered(position);
                    break;
                }
                if (!EntryHeader.matches(row)) {
                    entryFinding = Finding.relabelled(position);
                    break;
                }
                rebuilt.append(leaf).stream().filter(n -> n.id().level() > 0).forEach(recomputed::add);
                if (checkpointSizes.contains(rebuilt.size())) {
                    rebuiltRoots.put(rebuilt.size(), rebuilt.root());
                }
            }
            buffer.clear();
            compareNodes(recomputed);
        }

        private void compareNodes(List<CompactRange.Node> recomputed) {
            if (nodeFinding != null || recomputed.isEmpty()) {
                return;
            }
            Map<NodeId, byte[]> stored = trees.find(recomputed.stream().map(CompactRange.Node::id).toList());
            for (CompactRange.Node node : recomputed) {
                if (!Arrays.equals(node.hash(), stored.get(node.id()))) {
                    NodeId id = node.id();
                    nodeFinding = Finding.node(id.level(), id.index(), id.firstLeaf(), id.endLeaf());
                    return;
                }
            }
        }

        private void checkTreeEnd() {
            if (entryFinding != null) {
                return;
            }
            if (rebuilt.size() < meta.treeSize()) {
                entryFinding = Finding.missing(rebuilt.size()); // the last entries were deleted
            } else if (!Arrays.equals(rebuilt.root(), meta.rootHash())) {
                findings.add(Finding.tree(meta.treeSize()));
            }
        }

        private void checkCheckpoints() {
            MerkleTree stored = new MerkleTree(ledger.hasher(), trees);
            MerkleVerifier verifier = new MerkleVerifier(ledger.hasher());
            Checkpoint previous = null;
            for (TreeStore.StoredCheckpoint row : sortedBySize()) {
                Optional<Checkpoint> signed = signedBody(row);
                if (signed.isEmpty()) {
                    findings.add(Finding.signature(row.id(), row.treeSize()));
                    continue;
                }
                Checkpoint checkpoint = signed.get();
                byte[] rebuiltRoot = rebuiltRoots.get(checkpoint.size());
                if (checkpoint.size() > meta.treeSize()
                        || (rebuiltRoot != null && !Arrays.equals(rebuiltRoot, checkpoint.rootHash()))) {
                    findings.add(Finding.root(row.id(), checkpoint.size()));
                } else if (previous != null && !consistent(previous, checkpoint, stored, verifier)) {
                    findings.add(Finding.inconsistent(row.id(), previous.size(), checkpoint.size()));
                }
                previous = checkpoint;
            }
        }

        private List<TreeStore.StoredCheckpoint> sortedBySize() {
            return checkpoints.stream().sorted(Comparator.comparingLong(TreeStore.StoredCheckpoint::treeSize)
                    .thenComparingLong(TreeStore.StoredCheckpoint::id)).toList();
        }

        /** The checkpoint as signed, if the signature is ours and the stored columns say the same. */
        private Optional<Checkpoint> signedBody(TreeStore.StoredCheckpoint row) {
            try {
                SignedNote note = SignedNote.parse(row.note());
                Checkpoint checkpoint = Checkpoint.parse(note.text());
                boolean valid = note.isSignedBy(ledger.verifierKey()) && checkpoint.origin().equals(ledger.origin())
                        && checkpoint.size() == row.treeSize() && Arrays.equals(checkpoint.rootHash(), row.rootHash());
                return valid ? Optional.of(checkpoint) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private boolean consistent(Checkpoint older, Checkpoint newer, MerkleTree stored, MerkleVerifier verifier) {
            if (older.size() == 0 || older.size() == newer.size()) {
                return older.size() != newer.size() || Arrays.equals(older.rootHash(), newer.rootHash());
            }
            try {
                return verifier.verifyConsistency(older.size(), newer.size(), older.rootHash(), newer.rootHash(),
                        stored.consistencyProof(older.size(), newer.size()));
            } catch (IllegalStateException e) {
                return false; // a node the proof needs is gone from the store
            }
        }
    }
}
