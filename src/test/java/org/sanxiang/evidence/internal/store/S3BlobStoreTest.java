package org.sanxiang.evidence.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3 API server (s3proxy on a directory), not a mock. */
class S3BlobStoreTest extends BlobStoreContract {

    private static final long PART = 5 * 1024 * 1024;

    private static S3TestServer server;
    private static S3Client client;
    private S3BlobStore store;

    @BeforeAll
    static void start(@TempDir Path directory) throws Exception {
        server = new S3TestServer(directory);
        client = server.client();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        server.close();
    }

    @BeforeEach
    void emptyBucket() {
        String bucket = "evidence-" + UUID.randomUUID();
        client.createBucket(b -> b.bucket(bucket));
        store = new S3BlobStore(client, bucket, PART, Retention.none());
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void aFileLargerThanOnePartGoesUpInPartsAndReadsBackWhole() throws IOException {
        byte[] content = randomBytes((int) (2 * PART + 12345), 6);
        String hash = sha256(content);

        assertThat(store.putIfAbsent(hash, file("big", content))).isTrue();

        assertThat(read(store, hash, 0, Long.MAX_VALUE)).isEqualTo(content);
        assertThat(read(store, hash, PART - 10, 20))
                .isEqualTo(java.util.Arrays.copyOfRange(content, (int) PART - 10, (int) PART + 10));
    }
}
