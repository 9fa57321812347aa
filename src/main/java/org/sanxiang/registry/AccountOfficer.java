package org.sanxiang.registry;

import java.util.List;
import java.util.Optional;

import org.sanxiang.platform.CurrentUser;

/**
 * Which officer a workbench account is (an administrator links them; 我的执法证 shows her credential): for the
 * modules that record who acted, e.g. who captured a piece of evidence.
 */
public interface AccountOfficer {

    /** The officer linked to the signed-in user's account, if an administrator linked one. */
    Optional<LinkedOfficer> linkedTo(CurrentUser user);

    /** The officer of this id, with her agency and the username of her linked account ({@code null}: none). */
    Optional<OfficerOnRecord> officer(long officerId);

    /** The agency's serving officers, by name: whom a case may be assigned to. */
    List<OfficerOnRecord> serving(long agencyId);

    record LinkedOfficer(long id, String name) {
    }

    record OfficerOnRecord(long id, String name, long agencyId, String username) {
    }
}
