package org.sanxiang.platform;

import java.util.Set;

/** Creates user accounts; used by the registry's demo data and by administrators. */
public interface UserAccounts {

    /**
     * Creates an account with a hashed password.
     *
     * @param agencyId the user's agency; {@code null} only for a platform-wide administrator
     * @return the new account's id
     * @throws InvalidInputException when the username is taken or the password is too weak
     */
    long create(String username, String password, String displayName, Long agencyId, Set<Role> roles);

    boolean anyExists();

    /** Whether an account of that name exists. */
    boolean exists(String username);

    /**
     * Whether every account there is belongs to a platform administrator without an agency (none at all counts
     * too): the bootstrap administrator of SANXIANG_ADMIN_USERNAME, which alone does not make a database non-empty
     * for the demo data.
     */
    boolean onlyPlatformAdministrators();

    /** Whether an account of that username exists and belongs to the agency. */
    boolean belongsTo(String username, long agencyId);
}
