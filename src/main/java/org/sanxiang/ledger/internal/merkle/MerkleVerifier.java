package org.sanxiang.ledger.internal.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks proofs exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) prescribe, so any
 * independent verifier (the superior supervision platform, a script) reaches the same verdict.
 */
public final class MerkleVerifier {

    private final TreeHasher hasher;

    public MerkleVerifier(TreeHasher hasher) {
        this.hasher = hasher;
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} show leaf {@code leafHash} at {@code index} under {@code root}? */
    public boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size || !wellFormed(leafHash) || !allWellFormed(proof)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.hashChildren(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hasher.hashChildren(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * RFC 9162 §2.1.4.2: is the tree of {@code size2} with {@code root2} an append-only extension of the tree of
     * {@code size1} with {@code root1}? A proof from the empty tree proves nothing and is refused.
     */
    public boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 <= 0 || size2 < size1) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && MessageDigest.isEqual(root1, root2);
        }
        if (proof.isEmpty() || !allWellFormed(proof)) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(size1) == 1) {
            path.add(root1); // the old root is itself a node of the new tree
        }
        path.addAll(proof);
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.hashChildren(c, fr);
                sr = hasher.hashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hasher.hashChildren(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
    }

    private boolean wellFormed(byte[] hash) {
        return hash != null && hash.length == hasher.size();
    }

    private boolean allWellFormed(List<byte[]> hashes) {
        return hashes.stream().allMatch(this::wellFormed);
    }
}
