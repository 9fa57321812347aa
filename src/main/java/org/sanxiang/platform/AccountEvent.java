package org.sanxiang.platform;

import java.util.Map;

/**
 * A change of a user account (created, updated, password changed, locked, unlocked), published inside the
 * changing transaction so that the ledger records it with the change or not at all.
 *
 * @param type     e.g. {@code account.created}
 * @param username the account
 * @param agencyId the account's agency ({@code null}: a platform administrator), whose record the change is
 * @param facts    what changed; never a password or its hash
 */
public record AccountEvent(String type, String username, Long agencyId, Map<String, ?> facts) {
}
