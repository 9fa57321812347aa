package org.sanxiang.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.ledger.internal.note.SignatureAlgorithm;
import org.sanxiang.platform.KeyFiles;

/**
 * The checkpoint signing key: a PEM file with the PKCS#8 private key and the X.509 public key, created on first
 * start, readable and writable by the service's own user only (mode 600), never served or logged.
 */
final class SigningKeyFile {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private SigningKeyFile() {
    }

    static KeyPair loadOrCreate(Path file, SignatureAlgorithm algorithm) {
        try {
            if (Files.exists(file)) {
                return load(file, algorithm);
            }
            KeyPair pair = algorithm.generateKeyPair();
            try {
                write(file, pair);
            } catch (java.nio.file.FileAlreadyExistsException anotherNodeWasFirst) {
                return load(file, algorithm);
            }
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("ledger signing key " + file + " cannot be read or created", e);
        }
    }

    private static KeyPair load(Path file, SignatureAlgorithm algorithm) throws IOException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] privateKey = null;
        byte[] publicKey = null;
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            if (m.group(1).equals("PRIVATE KEY")) {
                privateKey = der;
            } else if (m.group(1).equals("PUBLIC KEY")) {
                publicKey = der;
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException("ledger signing key " + file + " lacks a PRIVATE KEY or PUBLIC KEY block");
        }
        try {
            return new KeyPair(algorithm.publicKeyFromSpki(publicKey), algorithm.privateKey(privateKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ledger signing key " + file + " is not a " + algorithm + " key", e);
        }
    }

    /** The key is durable before the ledger's meta row, which names its public key, commits. */
    private static void write(Path file, KeyPair pair) throws IOException {
        String pem = block("PRIVATE KEY", pair.getPrivate().getEncoded()) + block("PUBLIC KEY", pair.getPublic().getEncoded());
        KeyFiles.create(file, pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
