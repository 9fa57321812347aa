package org.sanxiang.ledger.internal.merkle;

import java.security.MessageDigest;

/** The two hashes of RFC 6962 §2.1 (RFC 9162 §2.1.1): domain-separated so a leaf can never pass for a node. */
public final class TreeHasher {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final HashAlgorithm algorithm;
    private final byte[] emptyRoot;

    public TreeHasher(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
        this.emptyRoot = algorithm.hash(new byte[0]);
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public int size() {
        return algorithm.size();
    }

    /** MTH({}) = HASH(): the root of the empty tree. */
    public byte[] emptyRoot() {
        return emptyRoot.clone();
    }

    /** MTH({d(0)}) = HASH(0x00 || d(0)). */
    public byte[] hashLeaf(byte[] data) {
        MessageDigest digest = algorithm.threadDigest();
        digest.update(LEAF_PREFIX);
        return digest.digest(data);
    }

    /** MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])). */
    public byte[] hashChildren(byte[] left, byte[] right) {
        MessageDigest digest = algorithm.threadDigest();
        digest.update(NODE_PREFIX);
        digest.update(left);
        return digest.digest(right);
    }
}
