package org.sanxiang.ledger.internal.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * How checkpoints are signed, fixed when a ledger is created, with the C2SP signed-note signature type byte
 * (https://c2sp.org/signed-note) that goes into key ids and verifier keys.
 */
public enum SignatureAlgorithm {

    /** RFC 8032 Ed25519 from the JDK; the standard signed-note type 0x01 with the raw 32-byte public key. */
    ED25519((byte) 0x01, "Ed25519", "Ed25519", null) {
        // An Ed25519 SubjectPublicKeyInfo is this fixed 12-byte DER prefix and the raw key (RFC 8410 §4).
        private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

        @Override
        public byte[] publicKeyBytes(PublicKey key) {
            byte[] spki = key.getEncoded();
            return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
        }

        @Override
        public PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
            byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
            System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
            return keyFactory().generatePublic(new X509EncodedKeySpec(spki));
        }
    },

    /**
     * GB/T 32918 SM2 over SM3 ("SM3withSM2", curve sm2p256v1, default user id) from Bouncy Castle. NOT a
     * standard signed-note type: C2SP reserves 0xff for signature types defined outside the spec, so we use
     * it, with the DER SubjectPublicKeyInfo as the key bytes. Generic note verifiers will not recognise it;
     * our own verifier (and {@code ledger verify}) does.
     */
    SM2((byte) 0xff, "SM3withSM2", "EC", new BouncyCastleProvider()) {
        @Override
        public byte[] publicKeyBytes(PublicKey key) {
            return key.getEncoded();
        }

        @Override
        public PublicKey publicKey(byte[] spki) throws GeneralSecurityException {
            return publicKeyFromSpki(spki);
        }

        @Override
        KeyPairGenerator keyPairGenerator() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider());
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator;
        }
    };

    private final byte type;
    private final String signatureName;
    private final String keyName;
    private final Provider provider;

    SignatureAlgorithm(byte type, String signatureName, String keyName, Provider provider) {
        this.type = type;
        this.signatureName = signatureName;
        this.keyName = keyName;
        this.provider = provider;
    }

    /** The signed-note signature type byte. */
    public byte type() {
        return type;
    }

    /** The public key as it goes into the key id and verifier key after the type byte. */
    public abstract byte[] publicKeyBytes(PublicKey key);

    public abstract PublicKey publicKey(byte[] bytes) throws GeneralSecurityException;

    public KeyPair generateKeyPair() {
        try {
            return keyPairGenerator().generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(this + " keys cannot be generated", e);
        }
    }

    /** A public key from its DER SubjectPublicKeyInfo (RFC 5280), as in a PEM "PUBLIC KEY" block. */
    public PublicKey publicKeyFromSpki(byte[] spki) throws GeneralSecurityException {
        return keyFactory().generatePublic(new X509EncodedKeySpec(spki));
    }

    public PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    public byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = signature();
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + this, e);
        }
    }

    public boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
        try {
            Signature signature = signature();
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false; // a malformed signature is simply not a valid one
        }
    }

    KeyPairGenerator keyPairGenerator() throws GeneralSecurityException {
        return provider == null ? KeyPairGenerator.getInstance(keyName) : KeyPairGenerator.getInstance(keyName, provider);
    }

    KeyFactory keyFactory() throws GeneralSecurityException {
        return provider == null ? KeyFactory.getInstance(keyName) : KeyFactory.getInstance(keyName, provider);
    }

    Provider provider() {
        return provider;
    }

    private Signature signature() throws GeneralSecurityException {
        return provider == null ? Signature.getInstance(signatureName) : Signature.getInstance(signatureName, provider);
    }
}
