package org.sanxiang.document.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's own seal key where it has no CA-issued certificate: RSA 2048 (what every PDF reader verifies) with a
 * self-signed certificate naming the agency, valid ten years, made at its first document and kept in the database
 * (the private key encrypted, {@link SealKeyCipher}), so that every node seals with the same key. A reader shows
 * such a signature as intact but from an unknown signer until the certificate is trusted; the public verification
 * page is what vouches for it.
 */
@Component
public class LocalSealSigner implements SealSigner {

    static final Duration VALIDITY = Duration.ofDays(3653);
    /** A node's clock a little behind another's must not see the certificate as not yet valid. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SealKeyStore store;
    private final SealKeyCipher cipher;
    private final Clock clock;
    private final Map<Long, KeyCredential> credentials = new ConcurrentHashMap<>();

    @Autowired
    LocalSealSigner(JdbcSealKeyStore store, SealProperties properties, @Value("${sanxiang.data-dir}") Path dataDir) {
        this(store, SealKeyCipher.fromKeyFile(
                properties.keyFile() != null ? properties.keyFile() : dataDir.resolve("keys/seal.key")),
                Clock.systemUTC());
    }

    LocalSealSigner(SealKeyStore store, SealKeyCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public SealCredential credential(SealAgency agency) {
        return credentials.computeIfAbsent(agency.id(), id -> store.find(id)
                .or(() -> create(agency))
                .map(this::credential)
                .orElseThrow());
    }

    private Optional<StoredSealKey> create(SealAgency agency) {
        StoredSealKey made = newKey(agency);
        // two nodes sealing an agency's first document at once: the key inserted first is the agency's
        return store.insertIfAbsent(made) ? Optional.of(made) : store.find(agency.id());
    }

    private StoredSealKey newKey(SealAgency agency) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            X500Name subject = subject(agency);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(now.minus(CLOCK_SKEW)),
                    Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            byte[] certificate = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()))
                    .getEncoded();
            return new StoredSealKey(agency.id(), certificate,
                    cipher.encrypt(agency.id(), pair.getPrivate().getEncoded()), now);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("the seal key of " + agency.name() + " cannot be made", e);
        }
    }

    /** CN and O the agency's name; its 统一社会信用代码 as organizationIdentifier (ETSI EN 319 412-1 §5.1.4). */
    private static X500Name subject(SealAgency agency) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.O, agency.name());
        if (agency.code() != null && !agency.code().isBlank()) {
            name.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "NTRCN-" + agency.code());
        }
        return name.addRDN(BCStyle.CN, agency.name()).build();
    }

    private KeyCredential credential(StoredSealKey stored) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(stored.certificate()));
            PrivateKey key = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(cipher.decrypt(stored.agencyId(),
                            stored.privateKeyCipher())));
            return new KeyCredential(key, List.of(certificate));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal key of agency " + stored.agencyId() + " cannot be read", e);
        }
    }
}
