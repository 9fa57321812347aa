package org.sanxiang.document.internal.pdf;

import java.security.cert.X509Certificate;
import java.util.List;

/** An agency's seal key as the CMS signature needs it; the private key itself may stay in a signing service. */
public interface SealCredential {

    /** The signer's certificate first, then its issuers up to (not necessarily including) the root. */
    List<X509Certificate> chain();

    /** The JCA name of the signature algorithm over SHA-256, e.g. {@code SHA256withRSA}. */
    String signatureAlgorithm();

    /** Signs {@code data} (the DER of the CMS signed attributes) with the agency's private key. */
    byte[] sign(byte[] data);
}
