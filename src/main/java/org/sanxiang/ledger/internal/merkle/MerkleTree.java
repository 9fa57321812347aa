package org.sanxiang.ledger.internal.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roots and proofs of the RFC 6962 / RFC 9162 §2.1 Merkle tree of any size, assembled from stored
 * perfect-subtree hashes: each answer needs O(log n) nodes, fetched from the {@link NodeSource} in one read.
 */
public final class MerkleTree {

    private final TreeHasher hasher;
    private final NodeSource nodes;

    public MerkleTree(TreeHasher hasher, NodeSource nodes) {
        this.hasher = hasher;
        this.nodes = nodes;
    }

    /** MTH(D[0:size]), RFC 9162 §2.1.1. */
    public byte[] root(long size) {
        if (size == 0) {
            return hasher.emptyRoot();
        }
        return hashAll(List.of(new Range(0, size))).get(0);
    }

    /** PATH(index, D[0:size]), RFC 9162 §2.1.3.1, in the order of the RFC (the leaf's sibling first). */
    public List<byte[]> inclusionProof(long index, long size) {
        return hashAll(inclusionRanges(index, size));
    }

    /**
     * MTH(D[0:size]) and PATH(index, D[0:size]) together, from one read: what a verifier needs, in one round trip
     * to the store instead of two (their nodes overlap, too).
     */
    public RootAndPath rootAndInclusionProof(long index, long size) {
        List<Range> ranges = new ArrayList<>(inclusionRanges(index, size));
        ranges.add(0, new Range(0, size));
        List<byte[]> hashes = hashAll(ranges);
        return new RootAndPath(hashes.get(0), hashes.subList(1, hashes.size()));
    }

    /** A tree's root and an inclusion proof in it. */
    public record RootAndPath(byte[] root, List<byte[]> path) {
    }

    private static List<Range> inclusionRanges(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " is not in a tree of size " + size);
        }
        List<Range> siblings = new ArrayList<>();
        long begin = 0;
        long end = size;
        while (end - begin > 1) {
            long k = Ranges.split(end - begin);
            if (index < begin + k) {
                siblings.add(new Range(begin + k, end));
                end = begin + k;
            } else {
                siblings.add(new Range(begin, begin + k));
                begin += k;
            }
        }
        Collections.reverse(siblings); // the recursion appends outer siblings after inner ones
        return siblings;
    }

    /** PROOF(from, D[0:to]) = SUBPROOF(from, D[0:to], true), RFC 9162 §2.1.4.1. */
    public List<byte[]> consistencyProof(long from, long to) {
        if (from <= 0 || from > to) {
            throw new IllegalArgumentException("no consistency proof from size " + from + " to " + to);
        }
        List<Range> parts = new ArrayList<>();
        long begin = 0;
        long end = to;
        boolean startsAtOldRoot = true;
        while (from != end) {
            long k = Ranges.split(end - begin);
            if (from - begin <= k) {
                parts.add(new Range(begin + k, end));
                end = begin + k;
            } else {
                parts.add(new Range(begin, begin + k));
                begin += k;
                startsAtOldRoot = false;
            }
        }
        if (!startsAtOldRoot) {
            parts.add(new Range(begin, end)); // the old tree's subtree is not the old root: include it
        }
        Collections.reverse(parts);
        return hashAll(parts);
    }

    /** Hashes of the ranges, all their perfect subtrees fetched in one read. */
    private List<byte[]> hashAll(List<Range> ranges) {
        Set<NodeId> needed = new LinkedHashSet<>();
        ranges.forEach(r -> needed.addAll(r.subtrees()));
        Map<NodeId, byte[]> hashes = nodes.read(needed);
        List<byte[]> result = new ArrayList<>(ranges.size());
        for (Range range : ranges) {
            result.add(fold(range.subtrees(), hashes));
        }
        return result;
    }

    private byte[] fold(List<NodeId> subtrees, Map<NodeId, byte[]> hashes) {
        byte[] hash = require(hashes, subtrees.get(subtrees.size() - 1));
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            hash = hasher.hashChildren(require(hashes, subtrees.get(i)), hash);
        }
        return hash;
    }

    private static byte[] require(Map<NodeId, byte[]> hashes, NodeId id) {
        byte[] hash = hashes.get(id);
        if (hash == null) {
            throw new IllegalStateException("node " + id + " is not stored");
        }
        return hash;
    }

    private record Range(long begin, long end) {
        List<NodeId> subtrees() {
            return Ranges.perfectSubtrees(begin, end);
        }
    }
}
