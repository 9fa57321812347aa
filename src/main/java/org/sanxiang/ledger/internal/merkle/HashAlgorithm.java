package org.sanxiang.ledger.internal.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The hash of a ledger's Merkle tree, fixed when the ledger is created: SHA-256 (RFC 6962 §2.1) by default, or
 * SM3 (GB/T 32905-2016) for agencies that must use 国密 algorithms.
 */
public enum HashAlgorithm {
    SHA_256("SHA-256", null),
    SM3("SM3", new BouncyCastleProvider());

    private final String jcaName;
    private final Provider provider;
    private final ThreadLocal<MessageDigest> digests;

    HashAlgorithm(String jcaName, Provider provider) {
        this.jcaName = jcaName;
        this.provider = provider;
        // MessageDigest is not thread-safe and costly to look up; one per thread keeps hashing allocation-free.
        this.digests = ThreadLocal.withInitial(this::newDigest);
    }

    public MessageDigest newDigest() {
        try {
            return provider == null ? MessageDigest.getInstance(jcaName) : MessageDigest.getInstance(jcaName, provider);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is not available", e);
        }
    }

    /** A reset digest owned by the calling thread; do not hand it to another thread. */
    MessageDigest threadDigest() {
        MessageDigest digest = digests.get();
        digest.reset();
        return digest;
    }

    public byte[] hash(byte[] data) {
        return threadDigest().digest(data);
    }

    public int size() {
        return 32; // both SHA-256 and SM3 produce 256 bits
    }
}
