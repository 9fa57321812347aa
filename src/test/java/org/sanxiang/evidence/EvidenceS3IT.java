package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.internal.store.S3TestServer;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole evidence flow on the S3 backend, against a real S3 API server (s3proxy) started by the test, for an
 * agency that also hashes with SM3.
 */
@IntegrationTest
class EvidenceS3IT {

    private static final int MIB = 1024 * 1024;
    private static final String BUCKET = "evidence-it";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Path S3_DIRECTORY = Path.of("target/s3-it", UUID.randomUUID().toString()).toAbsolutePath();
    private static S3TestServer s3;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private TusClient officer;
    private TusClient admin;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) throws Exception {
        s3 = new S3TestServer(S3_DIRECTORY);
        registry.add("sanxiang.evidence.store", () -> "s3");
        registry.add("sanxiang.evidence.s3.endpoint", s3::endpoint);
        registry.add("sanxiang.evidence.s3.bucket", () -> BUCKET);
        registry.add("sanxiang.evidence.s3.access-key", () -> S3TestServer.ACCESS_KEY);
        registry.add("sanxiang.evidence.s3.secret-key", () -> S3TestServer.SECRET_KEY);
        registry.add("sanxiang.evidence.s3.part-size", () -> 5 * MIB);
        registry.add("sanxiang.evidence.sm3", () -> "true");
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @BeforeEach
    void setUp() {
        officer = new TusClient(port, TusClient.user(users, "officer", 1L, Role.OFFICER));
        admin = new TusClient(port, TusClient.user(users, "admin", null, Role.ADMIN));
    }

    private long upload(byte[] content) {
        String upload = officer.start(content.length, Map.of("kind", "video", "caseRef", "S3"));
        return Long.parseLong(officer.resume(upload, content, 4 * MIB).headers()
                .firstValue("Sanxiang-Evidence-Id").orElseThrow());
    }

    private Path object(String sha256) {
        return s3.bucketDirectory(BUCKET).resolve("sha256").resolve(sha256);
    }

    @Test
    void aFileLargerThanOnePartIsStoredInTheBucketUnderItsHashAndPlaysBackInRanges() throws Exception {
        byte[] content = EvidenceUploadIT.video(11 * MIB + 3, 31);
        long id = upload(content);

        assertThat(object(EvidenceUploadIT.sha256(content))).exists().hasSize(content.length);
        HttpResponse<byte[]> range = officer.send(officer.request("/api/v1/evidence/" + id + "/content")
                .header("Range", "bytes=" + (5 * MIB - 10) + "-" + (5 * MIB + 9)).GET().build());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(content, 5 * MIB - 10, 5 * MIB + 10));
    }

    @Test
    void whereSm3IsConfiguredTheEvidenceCarriesItsSm3NextToItsSha256() {
        byte[] content = EvidenceUploadIT.video(70_000, 34);
        long id = upload(content);

        JsonNode evidence = JSON.readTree(officer.send(officer.request("/api/v1/evidence/" + id).GET().build()).body());

        SM3Digest sm3 = new SM3Digest();
        sm3.update(content, 0, content.length);
        byte[] expected = new byte[32];
        sm3.doFinal(expected, 0);
        assertThat(evidence.get("sm3").asText()).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void theIntegrityCheckFindsAChangedAndAVanishedObjectInTheBucket() throws Exception {
        byte[] changed = EvidenceUploadIT.video(100_000, 32);
        byte[] vanished = EvidenceUploadIT.video(100_000, 33);
        upload(changed);
        upload(vanished);
        Path victim = object(EvidenceUploadIT.sha256(changed));
        byte[] tampered = Files.readAllBytes(victim);
        tampered[500] ^= 1;
        Files.write(victim, tampered);
        Files.delete(object(EvidenceUploadIT.sha256(vanished)));

        JsonNode run = run();

        assertThat(run.get("store").asText()).isEqualTo("s3:" + BUCKET);
        assertThat(run.get("findings").valueStream().map(f -> f.get("sha256").asText() + " " + f.get("problem").asText()))
                .contains(EvidenceUploadIT.sha256(changed) + " MISMATCH", EvidenceUploadIT.sha256(vanished) + " MISSING");
    }

    private JsonNode run() throws InterruptedException {
        HttpResponse<byte[]> started = admin.send(admin.request("/api/v1/evidence/integrity/runs")
                .POST(BodyPublishers.noBody()).build());
        long id = JSON.readTree(started.body()).get("id").asLong();
        for (int i = 0; i < 600; i++) {
            JsonNode run = JSON.readTree(admin.send(admin.request("/api/v1/evidence/integrity/runs/" + id).GET().build()).body());
            if (!run.get("finishedAt").isNull()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("integrity run did not finish");
    }
}
