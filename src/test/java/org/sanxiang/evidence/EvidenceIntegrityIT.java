package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.internal.EvidencePaths;
import org.sanxiang.platform.CliCommand;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.Role;
import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@DatabaseBehaviour
class EvidenceIntegrityIT {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EvidencePaths paths;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<CliCommand> commands;

    private TusClient officer;
    private TusClient admin;

    @BeforeEach
    void setUp() {
        officer = new TusClient(port, TusClient.user(users, "officer", 1L, Role.OFFICER));
        admin = new TusClient(port, TusClient.user(users, "admin", null, Role.ADMIN));
    }

    private String upload(byte[] content) throws Exception {
        String upload = officer.start(content.length, Map.of("kind", "video", "caseRef", "INTEGRITY"));
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

    /**
     * Once the integrity check has found a file changed, whoever plays or downloads it is told so, with the date of
     * the failed check; the content is still served (it may be the only copy) and the access still recorded.
     */
    @Test
    void evidenceFoundChangedIsServedWithTheFindingAndTheDateOfTheFailedCheckAndTheAccessIsRecorded() throws Exception {
        byte[] content = EvidenceUploadIT.video(40_000, 31);
        String upload = officer.start(content.length, Map.of("kind", "video", "caseRef", "INTEGRITY-WARNING"));
        long id = Long.parseLong(officer.resume(upload, content, content.length).headers()
                .firstValue("Sanxiang-Evidence-Id").orElseThrow());
        String url = "/api/v1/evidence/" + id + "/content";
        HttpResponse<byte[]> intact = officer.send(officer.request(url).GET().build());
        assertThat(intact.headers().firstValue("Sanxiang-Integrity")).isEmpty();
        assertThat(intact.headers().firstValue("ETag")).contains("\"" + EvidenceUploadIT.sha256(content) + "\"");

        corrupt(stored(EvidenceUploadIT.sha256(content)));
        JsonNode run = run();
        int accessesBefore = accesses(id);
        HttpResponse<byte[]> played = officer.send(officer.request(url).header("Range", "bytes=0-99").GET().build());
        HttpResponse<byte[]> downloaded = officer.send(officer.request(url + "?download=true").GET().build());

        for (HttpResponse<byte[]> response : List.of(played, downloaded)) {
            assertThat(response.statusCode()).isIn(200, 206);
            String warning = response.headers().firstValue("Sanxiang-Integrity").orElseThrow();
            assertThat(warning).startsWith("problem=MISMATCH; run=" + run.get("id").asLong() + "; checked=");
            java.time.Instant checked = java.time.Instant.parse(warning.substring(warning.indexOf("checked=") + 8));
            assertThat(checked).isBetween(java.time.Instant.parse(run.get("startedAt").asText()),
                    java.time.Instant.parse(run.get("finishedAt").asText()));
            assertThat(response.headers().firstValue("ETag")).as("the hash no longer names these bytes").isEmpty();
        }
        assertThat(accesses(id)).isEqualTo(accessesBefore + 2);
    }

    /**
     * A failed check names the evidence for those who must act on it: a red warning with the date on its page, and
     * the open alert on the workbench of the administrators and supervisors whose scope holds it (not another
     * branch's), until a later check finds the content intact again (restored from a backup).
     */
    @Test
    void aChangedFileIsNamedOnItsPageAndOnTheWorkbenchOfItsAdministratorAndSupervisorUntilACheckFindsItIntact()
            throws Exception {
        RegistryFixture f = new RegistryFixture(port);
        String uploader = f.user("OFFICER", f.county);
        TusClient county = new TusClient(port, uploader, RegistryFixture.PASSWORD);
        byte[] content = EvidenceUploadIT.video(30_000, 41);
        String caseRef = "衡县市监处罚〔2026〕" + System.nanoTime() + "号";
        long id = Long.parseLong(county.resume(county.start(content.length, Map.of("kind", "video", "caseRef",
                caseRef)), content, content.length).headers().firstValue("Sanxiang-Evidence-Id").orElseThrow());
        String cityAdmin = f.user("ADMIN", f.city);
        List<BrowserSession> readers = List.of(signedIn(cityAdmin), signedIn(f.user("SUPERVISOR", f.justice)));
        BrowserSession officerPage = signedIn(uploader);
        BrowserSession otherBranch = signedIn(f.user("ADMIN", f.commerce));
        String link = "href=\"/workbench/evidence/" + id + "\"";
        Path file = stored(EvidenceUploadIT.sha256(content));

        corrupt(file);
        JsonNode failed = run();

        String day = java.time.Instant.parse(failed.get("startedAt").asText()).atZone(ChinaTime.ZONE).toLocalDate()
                .toString();
        assertThat(officerPage.get("/workbench/evidence/" + id).body()).contains("alert-danger", day,
                "该文件的内容与其记录的哈希不符");
        for (BrowserSession reader : readers) {
            assertThat(reader.get("/workbench").body()).contains("id=\"panel-integrity\"", link, caseRef, uploader);
            assertThat(reader.get("/workbench/evidence/integrity").body()).contains(link, caseRef);
        }
        assertThat(otherBranch.get("/workbench").body()).doesNotContain(link);
        JsonNode alerts = f.as(cityAdmin).get("/api/v1/evidence/integrity/alerts").json();
        assertThat(alerts.valueStream().filter(a -> a.get("evidenceId").asLong() == id)).singleElement()
                .satisfies(a -> {
                    assertThat(a.get("caseRef").asText()).isEqualTo(caseRef);
                    assertThat(a.get("uploadedBy").asText()).isEqualTo(uploader);
                    assertThat(a.get("problem").asText()).isEqualTo("MISMATCH");
                });

        Files.write(file, content); // restored from a backup
        run();

        assertThat(officerPage.get("/workbench/evidence/" + id).body()).doesNotContain("alert-danger");
        for (BrowserSession reader : readers) {
            assertThat(reader.get("/workbench").body()).doesNotContain(link);
        }
    }

    private BrowserSession signedIn(String username) {
        return BrowserSession.signedIn(port, username, RegistryFixture.PASSWORD);
    }

    @Test
    void evidenceMetadataChangedInTheDatabaseIsNamedByLedgerVerify() throws Exception {
        long id = uploaded(EvidenceUploadIT.video(2_000, 32));
        jdbc.update("update evidence set place = '别处', case_ref = 'OTHER-CASE' where id = ?", id);
        try {
            assertThat(ledgerVerify()).contains("evidence " + id + " differs from the ledger: caseRef, place");
        } finally {
            jdbc.update("update evidence set place = null, case_ref = 'INTEGRITY' where id = ?", id);
        }
        assertThat(ledgerVerify()).isEmpty();
    }

    @Test
    void evidenceInsertedBehindTheApplicationIsNamedByLedgerVerify() throws Exception {
        long original = uploaded(EvidenceUploadIT.video(2_000, 33));
        jdbc.update("insert into evidence (sha256, sm3, size_bytes, media_type, kind, case_ref, agency_id, created_at, "
                + "created_by) select sha256, sm3, size_bytes, media_type, kind, 'PLANTED', agency_id, created_at, "
                + "created_by from evidence where id = ?", original);
        long planted = jdbc.queryForObject("select max(id) from evidence where case_ref = 'PLANTED'", Long.class);
        try {
            assertThat(ledgerVerify()).contains("evidence " + planted + " has no ledger entry");
        } finally {
            jdbc.update("delete from evidence where id = ?", planted);
        }
        assertThat(ledgerVerify()).isEmpty();
    }

    private long uploaded(byte[] content) {
        String upload = officer.start(content.length, Map.of("kind", "video", "caseRef", "INTEGRITY"));
        return Long.parseLong(officer.resume(upload, content, content.length).headers()
                .firstValue("Sanxiang-Evidence-Id").orElseThrow());
    }

    /** What {@code ledger verify} reports wrong (empty when it passes). */
    private String ledgerVerify() {
        CliCommand ledger = commands.stream().filter(c -> c.name().equals("ledger")).findFirst().orElseThrow();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ledger.run(new String[] {"verify"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String findings = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(findings).isEqualTo(findings.isEmpty() ? 0 : 1);
        return findings;
    }

    private void corrupt(Path file) throws java.io.IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
            channel.position(1000).write(java.nio.ByteBuffer.wrap(new byte[] {0x42}));
        }
    }

    private int accesses(long evidenceId) {
        return (int) admin.ledgerEntries(evidenceId).stream()
                .filter(e -> e.get("entryType").asText().matches("evidence\\.(viewed|downloaded)")).count();
    }

    @Test
    void onlyAnAdministratorStartsAnIntegrityCheck() {
        HttpResponse<byte[]> refused = officer.send(officer.request("/api/v1/evidence/integrity/runs")
                .POST(BodyPublishers.noBody()).build());

        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
