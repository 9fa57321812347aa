package org.sanxiang.document.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PAdES baseline B signature (ETSI EN 319 142-1 §6.3): detached SignedData over the PDF's byte range,
 * SHA-256, the signer's certificate in the signing-certificate-v2 attribute and the chain in the certificates; no
 * signing-time attribute, which PAdES forbids (the time is the signature dictionary's /M).
 */
final class CadesSignature implements SignatureInterface {

    private final SealCredential credential;

    CadesSignature(SealCredential credential) {
        this.credential = credential;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            X509Certificate signerCertificate = credential.chain().get(0);
            X509CertificateHolder holder = new JcaX509CertificateHolder(signerCertificate);
            AttributeTable signingCertificate = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(sha256(signerCertificate.getEncoded()),
                            new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                                    holder.getSerialNumber()))))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(signingCertificate);
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters)
                            .remove(CMSAttributes.signingTime))
                    .build(new CredentialSigner(credential), holder);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(credential.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (CertificateEncodingException | OperatorCreationException | CMSException e) {
            throw new IOException("the seal's CMS signature cannot be made", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** BouncyCastle's signer over the credential, which may sign elsewhere (a keystore, a signing service). */
    private static final class CredentialSigner implements ContentSigner {

        private final SealCredential credential;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream signedAttributes = new ByteArrayOutputStream();

        CredentialSigner(SealCredential credential) {
            this.credential = credential;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(credential.signatureAlgorithm());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return signedAttributes;
        }

        @Override
        public byte[] getSignature() {
            return credential.sign(signedAttributes.toByteArray());
        }
    }
}
