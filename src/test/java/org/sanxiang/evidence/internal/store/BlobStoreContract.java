package org.sanxiang.evidence.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.evidence.internal.ContentDigest;

/** What every evidence store must do; each backend's test runs these against a real instance. */
abstract class BlobStoreContract {

    @TempDir
    Path temp;

    abstract BlobStore store();

    Path file(String name, byte[] content) throws IOException {
        return Files.write(temp.resolve(name), content);
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] content) throws IOException {
        return new ContentDigest(false).consume(new java.io.ByteArrayInputStream(content), Long.MAX_VALUE)
                .finish().sha256();
    }

    static byte[] read(BlobStore store, String sha256, long offset, long length) throws IOException {
        try (InputStream in = store.open(sha256, offset, length)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aStoredFileReadsBackByItsHashWholeAndInRanges() throws IOException {
        byte[] content = randomBytes(300_000, 1);
        String hash = sha256(content);

        assertThat(store().putIfAbsent(hash, file("a", content))).isTrue();

        assertThat(store().exists(hash)).isTrue();
        assertThat(read(store(), hash, 0, Long.MAX_VALUE)).isEqualTo(content);
        assertThat(read(store(), hash, 1000, 10)).isEqualTo(java.util.Arrays.copyOfRange(content, 1000, 1010));
    }

    @Test
    void theSameContentStoredTwiceIsKeptOnce() throws IOException {
        byte[] content = randomBytes(5000, 2);
        String hash = sha256(content);

        assertThat(store().putIfAbsent(hash, file("first", content))).isTrue();
        assertThat(store().putIfAbsent(hash, file("second", content))).isFalse();
        assertThat(read(store(), hash, 0, Long.MAX_VALUE)).isEqualTo(content);
    }

    @Test
    void anExistingObjectIsNeverOverwritten() throws IOException {
        byte[] original = randomBytes(5000, 3);
        String hash = sha256(original);
        store().putIfAbsent(hash, file("original", original));

        boolean stored = store().putIfAbsent(hash, file("forged", randomBytes(5000, 4)));

        assertThat(stored).isFalse();
        assertThat(read(store(), hash, 0, Long.MAX_VALUE)).isEqualTo(original);
    }

    @Test
    void anUnknownHashIsNoSuchFile() throws IOException {
        String hash = sha256(new byte[] {42});
        assertThat(store().exists(hash)).isFalse();
        assertThatThrownBy(() -> read(store(), hash, 0, 1)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anAddressThatIsNotASha256IsRefused() {
        assertThatThrownBy(() -> store().exists("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
