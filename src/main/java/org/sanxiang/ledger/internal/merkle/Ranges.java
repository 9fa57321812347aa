package org.sanxiang.ledger.internal.merkle;

import java.util.ArrayList;
import java.util.List;

/** Arithmetic on leaf ranges [begin, end) of the RFC 6962 §2.1 recursion. */
final class Ranges {

    private Ranges() {
    }

    /** k of RFC 6962 §2.1: the largest power of two smaller than n (n &gt; 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * The perfect subtrees that make up [begin, end), largest first. For every range that occurs in the
     * RFC 6962 recursion (begin is a multiple of a power of two at least end − begin) these are the subtrees
     * MTH splits the range into, so the range's hash is their right-to-left fold; at most log2(n) of them.
     */
    static List<NodeId> perfectSubtrees(long begin, long end) {
        List<NodeId> nodes = new ArrayList<>();
        long position = begin;
        while (position < end) {
            int level = 63 - Long.numberOfLeadingZeros(end - position);
            if (position != 0) {
                level = Math.min(level, Long.numberOfTrailingZeros(position));
            }
            nodes.add(new NodeId(level, position >> level));
            position += 1L << level;
        }
        return nodes;
    }
}
