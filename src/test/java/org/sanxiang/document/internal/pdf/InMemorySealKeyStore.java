package org.sanxiang.document.internal.pdf;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The seal keys of a test, kept like the table keeps them: the first key of an agency stays. */
final class InMemorySealKeyStore implements SealKeyStore {

    private final Map<Long, StoredSealKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredSealKey> find(long agencyId) {
        return Optional.ofNullable(keys.get(agencyId));
    }

    @Override
    public boolean insertIfAbsent(StoredSealKey key) {
        return keys.putIfAbsent(key.agencyId(), key) == null;
    }
}
