package org.sanxiang.document.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class LocalSealSignerTest {

    static final Instant NOW = Instant.parse("2026-04-02T02:00:00Z");
    static final SealAgency MARKET = new SealAgency(1, SampleDocuments.AGENCY, "11430400MB1234567X");
    static final SealAgency URBAN = new SealAgency(2, "衡阳市城市管理和综合执法局", "11430400MB7654321Y");

    private JdbcClient jdbc;
    private JdbcSealKeyStore table;
    private final SealKeyCipher cipher = new SealKeyCipher(randomKey());

    @BeforeEach
    void sealKeyTable() throws IOException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:seal" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(h2);
        jdbc.sql("create table agency (id bigint primary key)").update();
        jdbc.sql("insert into agency (id) values (1), (2)").update();
        jdbc.sql(new ClassPathResource("db/migration/V130_2__seal_key.sql").getContentAsString(StandardCharsets.UTF_8))
                .update();
        table = new JdbcSealKeyStore(jdbc, new DataSourceTransactionManager(h2));
    }

    @Test
    void anAgencySealsWithTheSameKeyEveryTimeAndOnEveryNode() {
        X509Certificate first = certificate(signer(table), MARKET);
        // another node, or this one after a restart: nothing in memory, the same table
        X509Certificate again = certificate(signer(table), MARKET);
        assertThat(again).isEqualTo(first);
        assertThat(first.getSubjectX500Principal().getName()).contains("CN=" + SampleDocuments.AGENCY,
                "O=" + SampleDocuments.AGENCY);
        assertThat(first.getNotAfter().toInstant()).isAfter(NOW.plus(LocalSealSigner.VALIDITY).minusSeconds(1));
        assertThat(first.getNotBefore().toInstant()).isBefore(NOW);
    }

    @Test
    void eachAgencyHasAKeyOfItsOwn() {
        LocalSealSigner signer = signer(table);
        assertThat(certificate(signer, URBAN).getPublicKey()).isNotEqualTo(certificate(signer, MARKET).getPublicKey());
    }

    @Test
    void theKeySignsAndItsCertificateVerifies() throws Exception {
        SealCredential credential = signer(table).credential(MARKET);
        byte[] data = "行政处罚决定书".getBytes(StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance(credential.signatureAlgorithm());
        verifier.initVerify(credential.chain().get(0));
        verifier.update(data);
        assertThat(verifier.verify(credential.sign(data))).isTrue();
    }

    @Test
    void twoNodesMakingAnAgencysFirstKeyAtOnceEndWithOneKey() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<X509Certificate>> made = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                LocalSealSigner signer = signer(table);
                made.add(nodes.submit((Callable<X509Certificate>) () -> certificate(signer, MARKET)));
            }
            X509Certificate first = made.get(0).get();
            for (Future<X509Certificate> other : made) {
                assertThat(other.get()).isEqualTo(first);
            }
            assertThat(jdbc.sql("select count(*) from seal_key").query(Long.class).single()).isEqualTo(1);
        } finally {
            nodes.shutdown();
        }
    }

    @Test
    void aKeyCopiedToAnotherAgencysRowDoesNotDecrypt() {
        InMemorySealKeyStore store = new InMemorySealKeyStore();
        signer(store).credential(MARKET);
        StoredSealKey market = store.find(MARKET.id()).orElseThrow();
        store.insertIfAbsent(new StoredSealKey(URBAN.id(), market.certificate(), market.privateKeyCipher(), NOW));
        assertThatThrownBy(() -> signer(store).credential(URBAN)).hasMessageContaining("cannot be decrypted");
    }

    private LocalSealSigner signer(SealKeyStore store) {
        return new LocalSealSigner(store, cipher, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static X509Certificate certificate(LocalSealSigner signer, SealAgency agency) {
        return signer.credential(agency).chain().get(0);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
