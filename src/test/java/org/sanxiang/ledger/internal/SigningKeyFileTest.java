package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.ledger.internal.note.SignatureAlgorithm;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void aKeyFileHalfWrittenWhenTheFirstStartCrashedDoesNotStopTheNextStart() throws Exception {
        Path file = dir.resolve("ledger/ledger-signing.key");
        Files.createDirectories(file.getParent());
        Files.writeString(file.resolveSibling("ledger-signing.key.partial"), "-----BEGIN PRIVATE KEY-----\nMC4C");

        KeyPair created = SigningKeyFile.loadOrCreate(file, SignatureAlgorithm.ED25519);
        KeyPair loaded = SigningKeyFile.loadOrCreate(file, SignatureAlgorithm.ED25519);

        assertThat(loaded.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
        assertThat(loaded.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(file.resolveSibling("ledger-signing.key.partial")).doesNotExist();
    }
}
