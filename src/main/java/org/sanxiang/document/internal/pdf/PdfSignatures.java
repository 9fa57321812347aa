package org.sanxiang.document.internal.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Checks the signatures of a PDF offline, as a reader does before it says "not changed since signed": that the
 * signed byte range is the whole file but the signature itself, that the CMS's message digest is the digest of those
 * bytes, and that the signature verifies with the certificate in it. Who vouches for that certificate (a CA, or the
 * agency's public verification page) is not its question.
 */
@Component
public class PdfSignatures {

    /**
     * @param readable   false when the file is not a PDF that can be read (then there are no signatures)
     * @param signatures in the order of the file
     */
    public record Report(boolean readable, List<SignatureCheck> signatures) {

        /** The file is as its last signer signed it: readable, signed, and every signature holds. */
        public boolean intact() {
            return readable && !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid)
                    && signatures.get(signatures.size() - 1).coversWholeFile();
        }
    }

    /**
     * @param signerName      the certificate's CN (the agency's name)
     * @param signingTime     the time the signature claims (/M), empty when it has none
     * @param coversWholeFile the signed range is all of the file but the signature's own value
     * @param digestMatches   the signed bytes have the digest the CMS signed
     * @param signatureValid  the CMS signature verifies with the certificate it names
     */
    public record SignatureCheck(String signerName, Optional<Instant> signingTime, String subFilter,
            boolean coversWholeFile, boolean digestMatches, boolean signatureValid) {

        public boolean valid() {
            return digestMatches && signatureValid;
        }
    }

    public Report verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<SignatureCheck> checks = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checks.add(check(signature, pdf));
            }
            return new Report(true, List.copyOf(checks));
        } catch (IOException unreadable) {
            return new Report(false, List.of());
        }
    }

    private static SignatureCheck check(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        Optional<Instant> time = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant);
        if (range == null || range.length != 4 || !within(range, pdf.length)) {
            return new SignatureCheck(signature.getName(), time, signature.getSubFilter(), false, false, false);
        }
        byte[] cmsBytes = signature.getContents(pdf);
        // the gap between the two parts is the /Contents hex string and its brackets, nothing else
        boolean whole = range[0] == 0 && range[2] + range[3] == pdf.length
                && range[2] - range[1] == cmsBytes.length * 2 + 2;
        try {
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), withoutPadding(cmsBytes));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
            if (certificates.isEmpty()) {
                return new SignatureCheck(signature.getName(), time, signature.getSubFilter(), whole, false, false);
            }
            X509CertificateHolder certificate = certificates.iterator().next();
            boolean digest = digestMatches(signer, signed);
            boolean valid = digest && signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return new SignatureCheck(commonName(certificate.getSubject()), time, signature.getSubFilter(), whole,
                    digest, valid);
        } catch (CMSException | OperatorCreationException | CertificateException | IOException
                | IllegalArgumentException notAValidCms) {
            return new SignatureCheck(signature.getName(), time, signature.getSubFilter(), whole, false, false);
        }
    }

    /** The CMS is followed by the zeros that fill the room reserved for it. */
    private static ContentInfo withoutPadding(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean within(int[] range, int length) {
        return range[0] >= 0 && range[1] >= 0 && range[2] >= range[0] + range[1] && range[3] >= 0
                && (long) range[2] + range[3] <= length;
    }

    private static boolean digestMatches(SignerInformation signer, byte[] signed) {
        Attribute attribute = signer.getSignedAttributes() == null ? null
                : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
        if (attribute == null) {
            return false;
        }
        byte[] claimed = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
        try {
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(signer.getDigestAlgorithmID());
            digest.getOutputStream().write(signed);
            return MessageDigest.isEqual(claimed, digest.getDigest());
        } catch (OperatorCreationException | IOException unknownAlgorithm) {
            return false;
        }
    }

    private static String commonName(X500Name name) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
