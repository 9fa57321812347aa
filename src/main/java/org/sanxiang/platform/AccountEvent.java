package org.sanxiang.platform;

import java.util.Map;
import java.util.Set;

/**
 * A change of a user account (created, updated, password changed, locked, unlocked), published inside the
 * changing transaction so that the ledger records it with the change or not at all.
 *
 * @param type     one of {@link #TYPES}, e.g. {@code account.created}
 * @param username the account
 * @param agencyId the account's agency ({@code null}: a platform administrator), whose record the change is
 * @param facts    what changed; never a password or its hash
 */
public record AccountEvent(String type, String username, Long agencyId, Map<String, ?> facts) {

    /**
     * Every type there is: the ledger page names each ({@code ledger.entry.<type>} in the platform's bundle), so a
     * new one is added here and named there.
     */
    public static final Set<String> TYPES = Set.of("account.created", "account.updated", "account.password-changed",
            "account.locked", "account.unlocked", "account.token-created", "account.token-revoked");

    public AccountEvent {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not an account event type: " + type);
        }
    }
}
