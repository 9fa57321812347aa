package org.sanxiang.document.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** An agency's CA-issued seal certificate and key from a PKCS#12 keystore, read once when the application starts. */
public final class Pkcs12SealSigner implements SealSigner {

    private final KeyCredential credential;

    public Pkcs12SealSigner(SealProperties.Keystore keystore) {
        this.credential = load(keystore);
    }

    @Override
    public SealCredential credential(SealAgency agency) {
        return credential;
    }

    private static KeyCredential load(SealProperties.Keystore config) {
        if (config.path() == null) {
            throw new IllegalStateException("a seal keystore needs its path");
        }
        char[] password = config.password() == null ? new char[0] : config.password().toCharArray();
        try (InputStream in = Files.newInputStream(config.path())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = config.alias() != null && !config.alias().isBlank() ? config.alias() : onlyKey(store);
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                throw new IllegalStateException("seal keystore " + config.path() + " has no private key " + alias);
            }
            Certificate[] chain = store.getCertificateChain(alias);
            return new KeyCredential(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("seal keystore " + config.path() + " cannot be read", e);
        }
    }

    private static String onlyKey(KeyStore store) throws GeneralSecurityException {
        List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
        if (keys.size() != 1) {
            throw new IllegalStateException("a seal keystore with " + keys.size() + " keys needs the alias of one");
        }
        return keys.get(0);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
