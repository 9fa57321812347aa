package org.sanxiang.ledger.internal.merkle;

/**
 * A perfect subtree of the log: the 2^level leaves starting at {@code index << level}. Level 0 is a leaf.
 * Every such subtree's hash never changes once its last leaf is in, so it can be stored once and reused by
 * every later root and proof.
 */
public record NodeId(int level, long index) {

    /** 57 bits of index and 6 of level: every node of a tree of up to 2^57 leaves in a positive long. */
    private static final int INDEX_BITS = 57;

    public NodeId {
        if (level < 0 || level > 63 || index < 0 || index >= 1L << INDEX_BITS) {
            throw new IllegalArgumentException("no such node: level " + level + ", index " + index);
        }
    }

    /** One number per node, so a batch of nodes is one {@code in (...)} query on a single-column key. */
    public long key() {
        return ((long) level << INDEX_BITS) | index;
    }

    public static NodeId ofKey(long key) {
        return new NodeId((int) (key >>> INDEX_BITS), key & ((1L << INDEX_BITS) - 1));
    }

    public long firstLeaf() {
        return index << level;
    }

    public long endLeaf() {
        return (index + 1) << level;
    }
}
