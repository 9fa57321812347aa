package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.ledger.internal.Checkpointer;
import org.sanxiang.ledger.internal.LedgerReads;
import org.sanxiang.ledger.internal.LedgerVerifier;
import org.sanxiang.ledger.internal.merkle.HashAlgorithm;
import org.sanxiang.ledger.internal.merkle.MerkleVerifier;
import org.sanxiang.ledger.internal.merkle.TreeHasher;
import org.sanxiang.ledger.internal.note.Checkpoint;
import org.sanxiang.ledger.internal.note.NoteVerifierKey;
import org.sanxiang.ledger.internal.note.SignatureAlgorithm;
import org.sanxiang.ledger.internal.note.SignedNote;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An agency that must use 国密 algorithms: a ledger created with SM3 (GB/T 32905) and SM2 (GB/T 32918). */
@IntegrationTest
@TestPropertySource(properties = "sanxiang.ledger.algorithm=SM3_SM2")
class GuomiLedgerIT {

    @Autowired
    Ledger ledger;
    @Autowired
    Checkpointer checkpointer;
    @Autowired
    LedgerReads reads;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts users;
    @LocalServerPort
    int port;

    @Test
    void aLedgerCreatedForGuomiHashesWithSm3AndSignsCheckpointsWithSm2() {
        Map<String, Object> payload = Map.of("案由", "未按规定公示");
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 5; i++) {
                ledger.append("test", "test.entry", new Ledger.SubjectRef("case", "gm-" + i, null), payload);
            }
        });
        checkpointer.checkpointNow("test");

        assertThat(jdbc.queryForMap("select hash_algorithm, signature_algorithm from ledger_meta"))
                .containsEntry("hash_algorithm", "SM3").containsEntry("signature_algorithm", "SM2");
        NoteVerifierKey key = NoteVerifierKey.parse(reads.verifierKey());
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.SM2);
        SignedNote note = SignedNote.parse(reads.latestCheckpoint());
        assertThat(note.isSignedBy(key)).isTrue();

        Checkpoint checkpoint = Checkpoint.parse(note.text());
        TreeHasher sm3 = new TreeHasher(HashAlgorithm.SM3);
        long index = checkpoint.size() - 1;
        byte[] stored = jdbc.queryForObject("select payload from ledger_entry where tree_index = ?", byte[].class, index);
        assertThat(new String(stored, StandardCharsets.UTF_8)).startsWith("{\"$entry\":{\"actor\":\"system\"")
                .endsWith(",\"案由\":\"未按规定公示\"}");
        LedgerReads.InclusionProof proof = reads.inclusion(index, checkpoint.size());
        assertThat(new MerkleVerifier(sm3).verifyInclusion(index, checkpoint.size(), sm3.hashLeaf(stored),
                proof.hashes().stream().map(HexFormat.of()::parseHex).toList(), checkpoint.rootHash())).isTrue();
        assertThat(verifier.verify().ok()).isTrue();
    }

    /** Evidence on a 国密 ledger carries its SM3 hash as well, with nothing else configured. */
    @Test
    void evidenceOnAGuomiLedgerIsFingerprintedWithSm3Too() {
        TusClient officer = new TusClient(port, TusClient.user(users, "gm-officer", 1L, Role.OFFICER));
        byte[] content = "%PDF-1.4\n国密账本下的证据扫描件\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        String upload = officer.start(content.length, Map.of("kind", "document", "filename", "扫描件.pdf", "caseRef", "GM-1"));
        HttpResponse<byte[]> done = officer.resume(upload, content, content.length);
        String id = done.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow();

        JsonNode evidence = JsonMapper.shared().readTree(
                officer.send(officer.request("/api/v1/evidence/" + id).GET().build()).body());
        SM3Digest sm3 = new SM3Digest();
        sm3.update(content, 0, content.length);
        byte[] expected = new byte[sm3.getDigestSize()];
        sm3.doFinal(expected, 0);
        assertThat(evidence.get("sm3").asString()).isEqualTo(HexFormat.of().formatHex(expected));
        TusClient admin = new TusClient(port, TusClient.user(users, "gm-admin", 1L, Role.ADMIN));
        assertThat(admin.ledgerEntries(Long.parseLong(id)).get(0).get("payload").get("sm3").asString())
                .isEqualTo(HexFormat.of().formatHex(expected));
    }
}
