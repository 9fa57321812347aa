package org.sanxiang.ledger.internal;

import org.sanxiang.ledger.internal.merkle.HashAlgorithm;
import org.sanxiang.ledger.internal.note.SignatureAlgorithm;

/** The hash and signature of a ledger, chosen once at its creation and stored with it. */
public enum LedgerAlgorithm {
    /** RFC 6962 SHA-256 and RFC 8032 Ed25519: what every transparency-log tool verifies. */
    SHA256_ED25519(HashAlgorithm.SHA_256, SignatureAlgorithm.ED25519),
    /** 国密: SM3 (GB/T 32905) and SM2 (GB/T 32918), for agencies that must use them. */
    SM3_SM2(HashAlgorithm.SM3, SignatureAlgorithm.SM2);

    private final HashAlgorithm hash;
    private final SignatureAlgorithm signature;

    LedgerAlgorithm(HashAlgorithm hash, SignatureAlgorithm signature) {
        this.hash = hash;
        this.signature = signature;
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public SignatureAlgorithm signature() {
        return signature;
    }

    public static LedgerAlgorithm of(String hash, String signature) {
        for (LedgerAlgorithm a : values()) {
            if (a.hash.name().equals(hash) && a.signature.name().equals(signature)) {
                return a;
            }
        }
        throw new IllegalStateException("unknown ledger algorithms " + hash + "/" + signature);
    }
}
