package org.sanxiang.document.internal.pdf;

/**
 * Who holds an agency's seal key: by default the key {@link LocalSealSigner} keeps in the database, for an agency
 * with a CA-issued certificate its PKCS#12 keystore ({@link Pkcs12SealSigner}); a signing service (a 电子印章 platform,
 * an HSM) is one more implementation, made the {@code @Primary} bean in place of {@link SealSigners}.
 */
public interface SealSigner {

    SealCredential credential(SealAgency agency);
}
