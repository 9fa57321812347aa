package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.internal.EvidencePaths;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class EvidenceIntegrityIT {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EvidencePaths paths;
    @Autowired
    UserAccounts users;

    private TusClient officer;
    private TusClient admin;

    @BeforeEach
    void setUp() {
        officer = new TusClient(port, TusClient.user(users, "officer", 1L, Role.OFFICER));
        admin = new TusClient(port, TusClient.user(users, "admin", null, Role.ADMIN));
    }

    private String upload(byte[] content) throws Exception {
        String upload = officer.start(content.length, Map.of("kind", "photo", "caseRef", "INTEGRITY"));
        officer.resume(upload, content, content.length);
        return EvidenceUploadIT.sha256(content);
    }

    private Path stored(String sha256) {
        return paths.root().resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    /** Starts a run as an administrator and waits for its report. */
    private JsonNode run() throws InterruptedException {
        HttpResponse<byte[]> started = admin.send(admin.request("/api/v1/evidence/integrity/runs")
                .POST(BodyPublishers.noBody()).build());
        assertThat(started.statusCode()).isEqualTo(202);
        long id = JSON.readTree(started.body()).get("id").asLong();
        for (int i = 0; i < 600; i++) {
            JsonNode run = JSON.readTree(admin.send(admin.request("/api/v1/evidence/integrity/runs/" + id).GET().build()).body());
            if (!run.get("finishedAt").isNull()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("integrity run " + id + " did not finish");
    }

    private static List<String> problemsOf(JsonNode run, String sha256) {
        return run.get("findings").valueStream().filter(f -> f.get("sha256").asText().equals(sha256))
                .map(f -> f.get("problem").asText()).toList();
    }

    @Test
    void theIntegrityCheckFindsACorruptedAndAMissingFileAndPassesTheUntouchedOne() throws Exception {
        String intact = upload(EvidenceUploadIT.video(50_000, 21));
        String corrupted = upload(EvidenceUploadIT.video(50_000, 22));
        String removed = upload(EvidenceUploadIT.video(50_000, 23));
        JsonNode before = run();

        // Someone with access to the disk changes one byte of one file and deletes another.
        Path victim = stored(corrupted);
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r-----"));
        try (var channel = Files.newByteChannel(victim, StandardOpenOption.WRITE)) {
            channel.position(1000).write(java.nio.ByteBuffer.wrap(new byte[] {0x42}));
        }
        Files.delete(stored(removed));
        JsonNode after = run();

        assertThat(problemsOf(before, intact)).isEmpty();
        assertThat(problemsOf(before, corrupted)).isEmpty();
        assertThat(problemsOf(after, intact)).isEmpty();
        assertThat(problemsOf(after, corrupted)).containsExactly("MISMATCH");
        assertThat(problemsOf(after, removed)).containsExactly("MISSING");
        assertThat(after.get("mismatches").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(after.get("missing").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyAnAdministratorStartsAnIntegrityCheck() {
        HttpResponse<byte[]> refused = officer.send(officer.request("/api/v1/evidence/integrity/runs")
                .POST(BodyPublishers.noBody()).build());

        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
