package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.internal.Checkpointer;
import org.sanxiang.ledger.internal.LedgerIdentity;
import org.sanxiang.ledger.internal.json.CanonicalJson;
import org.sanxiang.ledger.internal.merkle.HashAlgorithm;
import org.sanxiang.ledger.internal.merkle.MerkleVerifier;
import org.sanxiang.ledger.internal.merkle.TreeHasher;
import org.sanxiang.ledger.internal.note.Checkpoint;
import org.sanxiang.ledger.internal.note.NoteVerifierKey;
import org.sanxiang.ledger.internal.note.SignedNote;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The ledger endpoints of API-CONTRACT.md over real HTTP, checked the way an outside verifier would. */
@IntegrationTest
@DatabaseBehaviour
class LedgerApiIT {

    private static final String PASSWORD = "ledger-test-passphrase-2026";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TreeHasher SHA256 = new TreeHasher(HashAlgorithm.SHA_256);

    @LocalServerPort
    int port;
    @Autowired
    LedgerIdentity identity;
    @Autowired
    Ledger ledger;
    @Autowired
    Checkpointer checkpointer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void users() {
        users.create("admin-" + suffix, PASSWORD, "管理员", null, Set.of(Role.ADMIN));
        users.create("supervisor-" + suffix, PASSWORD, "监督员", 1L, Set.of(Role.SUPERVISOR));
        users.create("officer-" + suffix, PASSWORD, "执法人员", 1L, Set.of(Role.OFFICER));
    }

    @Test
    void anOutsiderVerifiesTheCheckpointAnEntryAndTheGrowthOfTheTreeWithPublicEndpointsOnly() throws Exception {
        Map<String, Object> payload = Map.of("案由", "无照经营", "罚款", 5000);
        append(payload, 3);
        Checkpoint older = signedCheckpoint();
        append(Map.of("n", 1), 4);
        Checkpoint newer = signedCheckpoint();

        long index = older.size() - 3; // the first entry with our payload
        JsonNode entry = getJson("/api/v1/public/ledger/entries/" + index);
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("index", "leafHash");
        byte[] leafHash = HexFormat.of().parseHex(entry.get("leafHash").asString());

        JsonNode inclusion = getJson("/api/v1/public/ledger/proof/inclusion?index=" + index + "&size=" + newer.size());
        assertThat(inclusion.get("rootHash").asString()).isEqualTo(HexFormat.of().formatHex(newer.rootHash()));
        assertThat(new MerkleVerifier(SHA256).verifyInclusion(index, newer.size(), leafHash,
                hashes(inclusion.get("hashes")), newer.rootHash())).isTrue();

        JsonNode consistency = getJson("/api/v1/public/ledger/proof/consistency?from=" + older.size() + "&to=" + newer.size());
        assertThat(new MerkleVerifier(SHA256).verifyConsistency(older.size(), newer.size(), older.rootHash(),
                newer.rootHash(), hashes(consistency.get("hashes")))).isTrue();
    }

    /** A reader of the payload recomputes the leaf hash from it alone, who and when included (RFC 6962, RFC 8785). */
    @Test
    void theLeafHashCoversTheFactsAndWhoWhenWhatAndAboutWhat() throws Exception {
        append(Map.of("案由", "无照经营", "罚款", 5000), 1);
        checkpointer.checkpointNow("test");
        long index = jdbc.queryForObject("select max(tree_index) from ledger_entry where module = 'test'", Long.class);

        HttpResponse<String> response = get("/api/v1/ledger/entries/" + index, "admin-" + suffix);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode payload = JSON.readTree(response.body()).get("payload");
        assertThat(payload.get("案由").asString()).isEqualTo("无照经营");
        JsonNode header = payload.get("$entry");
        assertThat(header.get("actor").asString()).isEqualTo("system");
        assertThat(header.get("module").asString()).isEqualTo("test");
        assertThat(header.get("type").asString()).isEqualTo("case.fined");
        assertThat(header.get("subject").get("type").asString()).isEqualTo("case");
        assertThat(header.get("subject").get("id").asString()).isEqualTo("api-0");
        assertThat(header.get("agency").isNull()).isTrue();
        assertThat(header.get("time").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");

        byte[] canonical = CanonicalJson.bytes(JSON.treeToValue(payload, Map.class)); // what any JCS library gives
        String leafHash = getJson("/api/v1/public/ledger/entries/" + index).get("leafHash").asString();
        assertThat(HexFormat.of().formatHex(SHA256.hashLeaf(canonical))).isEqualTo(leafHash);
    }

    @Test
    void theSigningKeyFileIsReadableByTheServiceOnly() throws Exception {
        Path key = identity.keyFile();
        assertThat(key).endsWith(Path.of("ledger", "ledger-signing.key"));
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(get("/api/v1/public/ledger/key", null).body()).doesNotContain("PRIVATE");
    }

    @Test
    void impossibleProofRequestsAnswerProblemDetails() throws Exception {
        append(Map.of("n", 2), 2);
        checkpointer.checkpointNow("test");
        assertProblem("/api/v1/public/ledger/proof/inclusion?index=-1&size=1", 400);
        assertProblem("/api/v1/public/ledger/proof/inclusion?index=0&size=0", 400);
        assertProblem("/api/v1/public/ledger/proof/inclusion?index=5&size=2", 404);
        assertProblem("/api/v1/public/ledger/proof/inclusion?index=0&size=999999999", 404);
        assertProblem("/api/v1/public/ledger/proof/inclusion?index=abc&size=2", 400);
        assertProblem("/api/v1/public/ledger/proof/consistency?from=0&to=1", 400);
        assertProblem("/api/v1/public/ledger/proof/consistency?from=2&to=1", 400);
        assertProblem("/api/v1/public/ledger/entries/999999999", 404);
    }

    @Test
    void payloadsAreShownOnlyToThoseAllowedToReadThemWithinTheirScope() throws Exception {
        long own = appendFor(1L);   // the supervisor's agency
        long other = appendFor(987_654_321L); // another branch
        long platform = appendFor(null);
        checkpointer.checkpointNow("test");
        long ownIndex = indexOf(own);
        assertThat(get("/api/v1/ledger/entries/" + ownIndex, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/ledger/entries/" + ownIndex, "officer-" + suffix).statusCode()).isEqualTo(403);
        HttpResponse<String> supervisor = get("/api/v1/ledger/entries/" + ownIndex, "supervisor-" + suffix);
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(supervisor.body()).get("payload").get("当事人").asString()).isEqualTo("张三");
        for (long outside : new long[] {other, platform}) {
            assertThat(get("/api/v1/ledger/entries/" + indexOf(outside), "supervisor-" + suffix).statusCode())
                    .isEqualTo(404);
            assertThat(get("/api/v1/ledger/entries/" + indexOf(outside), "admin-" + suffix).statusCode())
                    .isEqualTo(200);
        }
        JsonNode listed = JSON.readTree(get("/api/v1/ledger/entries?module=test&size=200", "supervisor-" + suffix).body());
        assertThat(listed.valueStream().map(e -> e.get("agencyId").asLong()).distinct()).containsExactly(1L);

        // the export carries each entry's canonical payload and leaf hash, for checking outside the system
        List<String> exported = get("/api/v1/ledger/entries/export?format=csv&module=test&subjectId=scope-1",
                "supervisor-" + suffix).body().lines().toList();
        String leafHash = getJson("/api/v1/public/ledger/entries/" + ownIndex).get("leafHash").asString();
        assertThat(exported.get(0)).startsWith("\uFEFF索引,时间（UTC）,操作人");
        assertThat(exported).hasSize(2);
        assertThat(exported.get(1)).startsWith(ownIndex + ",").endsWith("," + leafHash)
                .contains("\"{\"\"$entry\"\":{\"\"actor\"\":\"\"system\"\"", "\"\"当事人\"\":\"\"张三\"\"}\"");
        assertThat(get("/api/v1/ledger/entries/export?format=csv&subjectId=scope-987654321", "supervisor-" + suffix)
                .body().lines().count()).as("another branch's entries are not exported").isEqualTo(1);
    }

    @Test
    void anAdministratorSignsACheckpointAndVerifiesTheLedgerOnDemand() throws Exception {
        append(Map.of("n", 3), 2);
        HttpResponse<String> signed = post("/api/v1/ledger/checkpoints", "admin-" + suffix);
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/public/ledger/checkpoint", null).body()).isEqualTo(signed.body());
        assertThat(post("/api/v1/ledger/checkpoints", "supervisor-" + suffix).statusCode()).isEqualTo(403);

        HttpResponse<String> verified = post("/api/v1/ledger/verify", "admin-" + suffix);
        assertThat(JSON.readTree(verified.body()).get("ok").asBoolean()).as(verified.body()).isTrue();
    }

    /** Verification and checkpoints are acts on the whole ledger: not for one agency's administrator. */
    @Test
    void anAgencysAdministratorNeitherVerifiesNorSignsTheWholeLedger() throws Exception {
        users.create("agency-admin-" + suffix, PASSWORD, "主体管理员", 1L, Set.of(Role.ADMIN));
        assertThat(post("/api/v1/ledger/verify", "agency-admin-" + suffix).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/ledger/checkpoints", "agency-admin-" + suffix).statusCode()).isEqualTo(403);
    }

    private long appendFor(Long agencyId) {
        return transaction.execute(status -> ledger.append("test", "party.heard",
                new Ledger.SubjectRef("case", "scope-" + agencyId, agencyId), Map.of("当事人", "张三")));
    }

    private long indexOf(long seq) {
        return jdbc.queryForObject("select tree_index from ledger_entry where seq = ?", Long.class, seq);
    }

    private void append(Map<String, Object> payload, int times) {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < times; i++) {
                ledger.append("test", "case.fined", new Ledger.SubjectRef("case", "api-" + i, null), payload);
            }
        });
    }

    /** A new checkpoint, fetched, its signature checked with the published key. */
    private Checkpoint signedCheckpoint() throws Exception {
        checkpointer.checkpointNow("test");
        HttpResponse<String> note = get("/api/v1/public/ledger/checkpoint", null);
        assertThat(note.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        NoteVerifierKey key = NoteVerifierKey.parse(get("/api/v1/public/ledger/key", null).body());
        SignedNote signed = SignedNote.parse(note.body());
        assertThat(signed.isSignedBy(key)).isTrue();
        return Checkpoint.parse(signed.text());
    }

    private void assertProblem(String path, int status) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("messages").get("zh").asString()).isNotBlank();
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String user) throws Exception {
        return http.send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static List<byte[]> hashes(JsonNode array) {
        return array.valueStream().map(n -> HexFormat.of().parseHex(n.asString())).toList();
    }
}
