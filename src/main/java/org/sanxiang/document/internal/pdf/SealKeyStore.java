package org.sanxiang.document.internal.pdf;

import java.util.Optional;

/** Where the agencies' own seal keys are kept: one per agency, the same for every node. */
interface SealKeyStore {

    Optional<StoredSealKey> find(long agencyId);

    /** @return false when the agency has a key already (another node made it meanwhile): read that one */
    boolean insertIfAbsent(StoredSealKey key);
}
