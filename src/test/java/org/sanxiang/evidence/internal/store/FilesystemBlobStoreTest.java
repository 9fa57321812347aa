package org.sanxiang.evidence.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilesystemBlobStoreTest extends BlobStoreContract {

    private FilesystemBlobStore store;

    @BeforeEach
    void open() throws IOException {
        store = new FilesystemBlobStore(temp.resolve("evidence"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void filesLiveUnderContentAddressedPathsAndAreReadOnly() throws IOException {
        byte[] content = randomBytes(100, 5);
        String hash = sha256(content);
        Path staged = file("staged", content);

        store.putIfAbsent(hash, staged);

        Path stored = temp.resolve("evidence/sha256").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4))
                .resolve(hash);
        assertThat(stored).exists().hasBinaryContent(content);
        assertThat(Files.getPosixFilePermissions(stored)).noneMatch(p -> p.name().contains("WRITE"));
    }
}
