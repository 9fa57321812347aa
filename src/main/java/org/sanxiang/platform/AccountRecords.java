package org.sanxiang.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The user accounts as the ledger records them, so that the ledger (which builds on the platform, not the other
 * way round) can reconcile the accounts with their entries.
 */
public interface AccountRecords {

    /** The {@link AccountEvent} types whose facts describe a whole account; the others tell of one change. */
    Set<String> DESCRIBING_EVENTS = Set.of("account.created", "account.updated");

    /**
     * Every account's username and the facts its describing events carry, from the same function; streamed in id
     * order. Call inside a transaction.
     */
    void forEach(BiConsumer<String, Map<String, Object>> action);
}
