package org.sanxiang.ledger.internal.note;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A C2SP signed-note verifier key (https://c2sp.org/signed-note): the key name, the 4-byte key id and the
 * public key, written {@code <name>+<hex key id>+<base64(type || public key)>}.
 */
public record NoteVerifierKey(String name, SignatureAlgorithm algorithm, PublicKey publicKey) {

    public NoteVerifierKey {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': " + name);
        }
    }

    /** The key id: the first 4 bytes of SHA-256(name || 0x0A || type || public key). */
    public byte[] keyId() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0x0A);
            sha256.update(typedKey());
            return Arrays.copyOf(sha256.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encoded() {
        return name + "+" + HexFormat.of().formatHex(keyId()) + "+" + Base64.getEncoder().encodeToString(typedKey());
    }

    public static NoteVerifierKey parse(String encoded) {
        String[] parts = encoded.strip().split("\\+", 3); // the base64 key may itself contain +
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key is <name>+<hex id>+<base64 key>");
        }
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        SignatureAlgorithm algorithm = Arrays.stream(SignatureAlgorithm.values())
                .filter(a -> typed.length > 1 && a.type() == typed[0]).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown signature type"));
        try {
            NoteVerifierKey key = new NoteVerifierKey(parts[0], algorithm,
                    algorithm.publicKey(Arrays.copyOfRange(typed, 1, typed.length)));
            if (!HexFormat.of().formatHex(key.keyId()).equals(parts[1])) {
                throw new IllegalArgumentException("the key id does not match the key");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid public key", e);
        }
    }

    private byte[] typedKey() {
        byte[] key = algorithm.publicKeyBytes(publicKey);
        byte[] typed = new byte[key.length + 1];
        typed[0] = algorithm.type();
        System.arraycopy(key, 0, typed, 1, key.length);
        return typed;
    }
}
