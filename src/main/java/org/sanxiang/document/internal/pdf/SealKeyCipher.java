package org.sanxiang.document.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.sanxiang.platform.KeyFiles;

/**
 * Encrypts the seal keys kept in the database (AES-256-GCM) under a key file like the registry's ID-number key: a
 * copy of the database alone cannot seal documents. Each cipher is bound to its agency (associated data), so a key
 * copied to another agency's row does not decrypt.
 */
final class SealKeyCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    SealKeyCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key in {@code file}, created on first use (mode 600, the same for every node that shares the file). */
    static SealKeyCipher fromKeyFile(Path file) {
        try {
            byte[] base64 = KeyFiles.readOrCreate(file, () -> {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                return Base64.getEncoder().encode(key);
            });
            return new SealKeyCipher(Base64.getDecoder().decode(new String(base64, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the seal key file " + file, e);
        }
    }

    byte[] encrypt(long agencyId, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, agencyId, iv).doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] decrypt(long agencyId, byte[] cipherText) {
        try {
            byte[] iv = Arrays.copyOf(cipherText, IV_BYTES);
            return cipher(Cipher.DECRYPT_MODE, agencyId, iv).doFinal(cipherText, IV_BYTES, cipherText.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal key of agency " + agencyId
                    + " cannot be decrypted (another seal key file?)", e);
        }
    }

    private Cipher cipher(int mode, long agencyId, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("seal-key:" + agencyId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
