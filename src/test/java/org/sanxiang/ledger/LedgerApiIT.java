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
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The ledger endpoints of API-CONTRACT.md over real HTTP, checked the way an outside verifier would. */
@IntegrationTest
@Import(MainContextWorkaround.class)
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
        assertThat(leafHash).isEqualTo(SHA256.hashLeaf(CanonicalJson.bytes(payload)));

        JsonNode inclusion = getJson("/api/v1/public/ledger/proof/inclusion?index=" + index + "&size=" + newer.size());
        assertThat(inclusion.get("rootHash").asString()).isEqualTo(HexFormat.of().formatHex(newer.rootHash()));
        assertThat(new MerkleVerifier(SHA256).verifyInclusion(index, newer.size(), leafHash,
                hashes(inclusion.get("hashes")), newer.rootHash())).isTrue();

        JsonNode consistency = getJson("/api/v1/public/ledger/proof/consistency?from=" + older.size() + "&to=" + newer.size());
        assertThat(new MerkleVerifier(SHA256).verifyConsistency(older.size(), newer.size(), older.rootHash(),
                newer.rootHash(), hashes(consistency.get("hashes")))).isTrue();
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
    void payloadsAreShownOnlyToThoseAllowedToReadThem() throws Exception {
        append(Map.of("当事人", "张三"), 1);
        checkpointer.checkpointNow("test");
        assertThat(get("/api/v1/ledger/entries/0", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/ledger/entries/0", "officer-" + suffix).statusCode()).isEqualTo(403);
        HttpResponse<String> supervisor = get("/api/v1/ledger/entries/0", "supervisor-" + suffix);
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(supervisor.body()).get("payload").isObject()).isTrue();
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

    private void append(Map<String, Object> payload, int times) {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < times; i++) {
                ledger.append("test", "case.fined", new Ledger.SubjectRef("case", "api-" + i), payload);
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
