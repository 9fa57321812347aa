package org.sanxiang.platform;

import java.util.List;

import org.sanxiang.platform.AccountNames.Named;

/** Who holds a role in an agency: the legal reviewers a review is assigned to. */
public interface AccountRoles {

    /** The enabled accounts of the agency that hold the role, by username. */
    List<Named> withRole(long agencyId, Role role);
}
