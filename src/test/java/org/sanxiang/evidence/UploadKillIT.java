package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.test.ServerProcess;

/**
 * A kill -9 of the packaged server in the middle of a long PATCH (a body camera's file over a slow uplink) keeps what
 * had reached the disk: after the restart HEAD reports that offset (tus 1.0: the offset is what the server has
 * stored), the client resumes from there, and the evidence is the whole file. On the embedded H2 default only, where
 * the database engine dies with the killed JVM (see {@code KillDurabilityIT}).
 */
class UploadKillIT {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void aKillMinus9MidChunkKeepsTheBytesOnDiskAndTheUploadResumesFromThere() throws Exception {
        byte[] content = EvidenceUploadIT.video(24 * MIB + 777, 21);
        int sent = 20 * MIB; // then the uplink stalls
        String upload;
        String officer;
        CountDownLatch stalled = new CountDownLatch(1);
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            officer = officer(server.admin());
            TusClient client = new TusClient(server.port(), officer);
            upload = client.start(content.length, Map.of("kind", "video", "caseRef", "KILL-9"));
            InputStream slow = new SequenceInputStream(new ByteArrayInputStream(content, 0, sent), new InputStream() {
                @Override
                public int read() throws IOException {
                    try {
                        stalled.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IOException("uplink lost");
                }
            });
            String target = upload;
            CompletableFuture<?> patch = CompletableFuture.runAsync(() -> client.send(client.request(target)
                    .header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0")
                    .header("Content-Type", "application/offset+octet-stream")
                    .method("PATCH", BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> slow),
                            content.length)).build()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (client.offset(upload) == 0) {
                assertThat(System.nanoTime()).as("part of the chunk recorded while it streams").isLessThan(deadline);
                Thread.sleep(100);
            }
            server.kill();
            stalled.countDown();
            patch.exceptionally(serverGone -> null).join();
        }

        try (ServerProcess restarted = ServerProcess.start(dataDir)) {
            TusClient client = new TusClient(restarted.port(), officer);
            long offset = client.offset(client.here(upload));
            System.out.printf("kill -9 mid-PATCH (H2): %d bytes sent, HEAD after the restart answers %d%n", sent,
                    offset);
            assertThat(offset).isPositive().isLessThanOrEqualTo(sent);
            Path staged = dataDir.resolve("evidence/staging").resolve(upload.substring(upload.lastIndexOf('/') + 1));
            byte[] stored = Arrays.copyOf(Files.readAllBytes(staged), (int) offset);
            assertThat(stored).as("the first Upload-Offset bytes are on disk").isEqualTo(Arrays.copyOf(content,
                    (int) offset));

            var last = client.resume(client.here(upload), content, 8 * MIB);
            String evidence = last.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow();
            var record = ApiClient.anonymous(restarted.port()).as(officer, TusClient.PASSWORD)
                    .get("/api/v1/evidence/" + evidence).json();
            assertThat(record.get("sha256").asText()).isEqualTo(EvidenceUploadIT.sha256(content));
            assertThat(record.get("size").asLong()).isEqualTo(content.length);
        }
    }

    /** An agency and an officer of it, created by the bootstrap administrator over the API. */
    private static String officer(ApiClient admin) {
        long agency = RegistryFixture.created(admin.post("/api/v1/registry/agencies", Map.of("name", "衡阳市上传测试局",
                "uscc", RegistryFixture.uscc(), "level", "CITY", "domain", "market", "kind", "STATUTORY")));
        String username = "camera-officer";
        ApiClient.Response created = admin.post("/api/v1/users", Map.of("username", username, "displayName", "张三",
                "password", TusClient.PASSWORD, "agencyId", agency, "roles", List.of("OFFICER")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
