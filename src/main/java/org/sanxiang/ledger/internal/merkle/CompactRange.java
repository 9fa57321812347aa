package org.sanxiang.ledger.internal.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: the perfect subtrees of [0, size), largest first (a "compact range" as in
 * transparency-dev/merkle). Appending a leaf completes zero or more new perfect subtrees, whose hashes are
 * handed to the caller to store; the root of the current size is the right-to-left fold of the edge.
 */
public final class CompactRange {

    /** A stored perfect subtree and its hash. */
    public record Node(NodeId id, byte[] hash) {
    }

    private final TreeHasher hasher;
    private final List<Node> edge;
    private long size;

    private CompactRange(TreeHasher hasher, long size, List<Node> edge) {
        this.hasher = hasher;
        this.size = size;
        this.edge = edge;
    }

    public static CompactRange empty(TreeHasher hasher) {
        return new CompactRange(hasher, 0, new ArrayList<>());
    }

    /** Resumes a tree of {@code size} leaves, reading its O(log n) edge nodes from the store. */
    public static CompactRange resume(TreeHasher hasher, long size, NodeSource nodes) {
        List<NodeId> ids = Ranges.perfectSubtrees(0, size);
        var hashes = nodes.read(ids);
        List<Node> edge = new ArrayList<>();
        for (NodeId id : ids) {
            edge.add(new Node(id, hashes.get(id)));
        }
        return new CompactRange(hasher, size, edge);
    }

    public long size() {
        return size;
    }

    /**
     * Appends the next leaf and returns the perfect subtrees this completes, leaf itself first, so the
     * store can keep every one of them.
     */
    public List<Node> append(byte[] leafHash) {
        List<Node> completed = new ArrayList<>(2);
        Node node = new Node(new NodeId(0, size), leafHash);
        completed.add(node);
        while (!edge.isEmpty() && edge.get(edge.size() - 1).id().level() == node.id().level()) {
            Node left = edge.remove(edge.size() - 1);
            node = new Node(new NodeId(left.id().level() + 1, left.id().index() >> 1),
                    hasher.hashChildren(left.hash(), node.hash()));
            completed.add(node);
        }
        edge.add(node);
        size++;
        return completed;
    }

    public byte[] root() {
        if (edge.isEmpty()) {
            return hasher.emptyRoot();
        }
        byte[] hash = edge.get(edge.size() - 1).hash();
        for (int i = edge.size() - 2; i >= 0; i--) {
            hash = hasher.hashChildren(edge.get(i).hash(), hash);
        }
        return hash;
    }
}
