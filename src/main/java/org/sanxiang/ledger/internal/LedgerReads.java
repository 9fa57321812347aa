package org.sanxiang.ledger.internal;

import java.util.HexFormat;
import java.util.List;

import org.sanxiang.ledger.internal.merkle.MerkleTree;
import org.sanxiang.ledger.internal.merkle.NodeId;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public, verifiable view of the tree: leaf hashes, roots and proofs (RFC 9162 §2.1), each from O(log n)
 * stored subtree hashes. Never a payload.
 */
@Service
@Transactional(readOnly = true)
public class LedgerReads {

    /** {@code {"index":i,"leafHash":"<hex>"}} of API-CONTRACT.md. */
    public record LeafHash(long index, String leafHash) {
    }

    /** {@code {"index":i,"treeSize":n,"rootHash":"<hex>","hashes":[...]}} of API-CONTRACT.md. */
    public record InclusionProof(long index, long treeSize, String rootHash, List<String> hashes) {
    }

    /** {@code {"from":m,"to":n,"hashes":[...]}} of API-CONTRACT.md. */
    public record ConsistencyProof(long from, long to, List<String> hashes) {
    }

    private static final HexFormat HEX = HexFormat.of(); // lower-case, as the contract says

    private final TreeStore trees;
    private final LedgerIdentity identity;
    private final IntegratedSize integrated;

    LedgerReads(TreeStore trees, LedgerIdentity identity, IntegratedSize integrated) {
        this.trees = trees;
        this.identity = identity;
        this.integrated = integrated;
    }

    public String latestCheckpoint() {
        identity.get(); // a fresh installation creates its empty-tree checkpoint here at the latest
        return trees.latestCheckpoint().orElseThrow().note();
    }

    public String verifierKey() {
        return identity.get().verifierKey().encoded();
    }

    /** The integrated tree size, from the meta row. */
    public long treeSize() {
        long size = trees.meta().map(TreeStore.Meta::treeSize).orElse(0L);
        integrated.raiseAfterCommit(size); // from then on a committed size, even if a caller's transaction wrote it
        return size;
    }

    public LeafHash leafHash(long index) {
        requireIndex(index, integratedSize(index + 1));
        return new LeafHash(index, HEX.formatHex(trees.read(List.of(new NodeId(0, index))).values().iterator().next()));
    }

    public InclusionProof inclusion(long index, long size) {
        requireSize(size);
        requireIndex(index, size);
        MerkleTree.RootAndPath proof = tree().rootAndInclusionProof(index, size);
        return new InclusionProof(index, size, HEX.formatHex(proof.root()), hex(proof.path()));
    }

    public ConsistencyProof consistency(long from, long to) {
        if (from < 1 || from > to) {
            throw new InvalidInputException("一致性证明要求 1 ≤ from ≤ to（从空树出发的证明没有意义，RFC 9162 §2.1.4）",
                    "a consistency proof needs 1 ≤ from ≤ to (a proof from the empty tree proves nothing, RFC 9162 §2.1.4)");
        }
        requireSize(to);
        return new ConsistencyProof(from, to, hex(tree().consistencyProof(from, to)));
    }

    private MerkleTree tree() {
        return new MerkleTree(identity.get().hasher(), trees);
    }

    private void requireSize(long size) {
        if (size < 1) {
            throw new InvalidInputException("树的大小必须至少为 1", "the tree size must be at least 1");
        }
        long current = integratedSize(size);
        if (size > current) {
            throw new NotFoundException("账本目前只有 " + current + " 条记录，没有大小为 " + size + " 的树",
                    "the ledger has " + current + " entries; there is no tree of size " + size);
        }
    }

    /**
     * An integrated tree size, at least {@code size} if there is one: the size known in memory if it is large
     * enough (no round trip), else the meta row's (another node may have integrated more).
     */
    private long integratedSize(long size) {
        long known = integrated.known();
        return size <= known ? known : treeSize();
    }

    private void requireIndex(long index, long size) {
        if (index < 0) {
            throw new InvalidInputException("索引不能为负数", "the index cannot be negative");
        }
        if (index >= size) {
            throw new NotFoundException("大小为 " + size + " 的树中没有索引 " + index + " 的记录",
                    "there is no entry " + index + " in a tree of size " + size);
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
