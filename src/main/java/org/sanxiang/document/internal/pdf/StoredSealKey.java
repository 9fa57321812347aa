package org.sanxiang.document.internal.pdf;

import java.time.Instant;

/**
 * An agency's seal key as kept in the database.
 *
 * @param certificate      DER of its self-signed X.509 certificate
 * @param privateKeyCipher its PKCS#8 private key encrypted by {@link SealKeyCipher}
 */
record StoredSealKey(long agencyId, byte[] certificate, byte[] privateKeyCipher, Instant createdAt) {
}
