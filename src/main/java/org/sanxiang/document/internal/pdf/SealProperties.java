package org.sanxiang.document.internal.pdf;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agencies' seals (电子印章) on issued documents.
 *
 * @param keyFile  the key that encrypts the seal keys kept in the database; every node of a cluster needs the same
 *                 file (default {@code <data-dir>/keys/seal.key}, created on first use)
 * @param keystore per agency 统一社会信用代码, a PKCS#12 keystore with its CA-issued certificate, used instead of
 *                 the key kept in the database
 */
@ConfigurationProperties("sanxiang.documents.seal")
public record SealProperties(Path keyFile, Map<String, Keystore> keystore) {

    public SealProperties {
        keystore = keystore == null ? Map.of() : Map.copyOf(keystore);
    }

    /**
     * @param path     the .p12 file
     * @param password its password (also the key's)
     * @param alias    the key's alias; empty = the keystore's only key
     */
    public record Keystore(Path path, String password, String alias) {
    }
}
