package org.sanxiang.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who a username is, for records that name their actor by it (the ledger): her display name and agency, and the
 * other way round, the usernames a reader means by a name she types.
 */
public interface AccountNames {

    /** The accounts of these usernames, by username; a username no account has is absent. */
    Map<String, Named> named(Collection<String> usernames);

    /** {@code text} itself (a username) and the usernames (at most 50) whose display name contains it. */
    Set<String> matching(String text);

    /** An account as a record names it. */
    record Named(long id, String username, String displayName, Long agencyId) {
    }
}
