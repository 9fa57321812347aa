package org.sanxiang.document.internal.pdf;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/** A seal key held in this process: the local one or a keystore's. */
record KeyCredential(PrivateKey key, List<X509Certificate> chain) implements SealCredential {

    KeyCredential {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal key needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    @Override
    public String signatureAlgorithm() {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("seal key algorithm not supported: " + key.getAlgorithm());
        };
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm());
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal key cannot sign", e);
        }
    }
}
