package org.sanxiang.document.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12SealSignerTest {

    static final String CA_ISSUED = "衡阳市市场监督管理局（CA）";

    @Test
    void anAgencyWithAConfiguredKeystoreSealsWithItsCaIssuedCertificate(@TempDir Path directory) throws Exception {
        Path p12 = keystore(directory.resolve("seal.p12"), "secret");
        SealProperties properties = new SealProperties(null, Map.of(LocalSealSignerTest.MARKET.code(),
                new SealProperties.Keystore(p12, "secret", null)));
        SealSigners signers = new SealSigners(properties, new LocalSealSigner(new InMemorySealKeyStore(),
                new SealKeyCipher(PdfSealTest.KEY), Clock.fixed(PdfSealTest.ISSUED, ZoneOffset.UTC)));
        PdfSeal seal = new PdfSeal(signers, SealImageTest.SEALS);

        byte[] sealed = seal.seal(PdfSealTest.RENDERED, LocalSealSignerTest.MARKET, PdfSealTest.ISSUED);
        PdfSignatures.Report report = new PdfSignatures().verify(sealed);
        assertThat(report.intact()).isTrue();
        assertThat(report.signatures().get(0).signerName()).isEqualTo(CA_ISSUED);
        // an agency without a keystore keeps its own key
        assertThat(signers.credential(LocalSealSignerTest.URBAN).chain().get(0).getSubjectX500Principal().getName())
                .contains(LocalSealSignerTest.URBAN.name());
    }

    @Test
    void aKeystoreThatCannotBeOpenedStopsTheStartRatherThanTheFirstIssue(@TempDir Path directory) throws Exception {
        Path p12 = keystore(directory.resolve("seal.p12"), "secret");
        assertThatThrownBy(() -> new Pkcs12SealSigner(new SealProperties.Keystore(p12, "wrong", null)))
                .hasMessageContaining("cannot be read");
    }

    private static Path keystore(Path file, String password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + CA_ISSUED);
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.TEN, Date.from(now.minusSeconds(86_400 * 365)),
                Date.from(now.plusSeconds(86_400 * 365)), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
