package org.sanxiang.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.sanxiang.platform.KeyFiles;
import org.sanxiang.registry.internal.RegistryProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps ID numbers (personal information, 个人信息保护法 第二十八条: sensitive) encrypted with AES-256-GCM;
 * an HMAC digest finds duplicates without decrypting. The key file is created on first start, readable
 * by the service only. Officers' ID numbers and parties' (当事人) ID and phone numbers are kept so: only the mask
 * is shown, the number itself on an allowed reader's explicit request. Numbers are UTF-8 (an ASCII number's bytes,
 * hence its cipher and digest, are those it always had).
 */
@Component
public class IdNumberProtector {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec digestKey;

    IdNumberProtector(RegistryProperties properties, @Value("${sanxiang.data-dir}") Path dataDir) {
        Path file = properties.idKeyFile() != null ? properties.idKeyFile() : dataDir.resolve("keys/id-number.key");
        byte[] key = loadOrCreate(file);
        this.encryptionKey = new SecretKeySpec(key, 0, 32, "AES");
        this.digestKey = new SecretKeySpec(key, 32, 32, "HmacSHA256");
    }

    public ProtectedIdNumber protect(String idNumber) {
        return protect(ResidentIdNumber.normalize(idNumber), ResidentIdNumber.mask(idNumber));
    }

    /**
     * Another number (a passport's, a phone's, an e-mail address) kept the same way, as written, shown as
     * {@code masked}; its digest is of the number upper-cased, as {@link #digest} looks it up.
     */
    public ProtectedIdNumber protect(String number, String masked) {
        return new ProtectedIdNumber(encrypt(number), digest(number), masked);
    }

    public String digest(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            return HexFormat.of().formatHex(
                    mac.doFinal(ResidentIdNumber.normalize(idNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String reveal(String cipherText) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(cipherText));
            byte[] iv = new byte[12];
            in.get(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] plain = cipher.doFinal(in.array(), 12, in.remaining());
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ID number cannot be decrypted (wrong key file?)", e);
        }
    }

    private String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            return Base64.getDecoder().decode(new String(KeyFiles.readOrCreate(file, () -> {
                byte[] key = new byte[64];
                RANDOM.nextBytes(key);
                return Base64.getEncoder().encode(key);
            }), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ID-number key " + file, e);
        }
    }
}
