package org.sanxiang.platform;

import java.util.List;

/**
 * The agencies a user may manage, as the platform needs them for user accounts; the registry implements it.
 */
public interface AgencyDirectory {

    List<Agency> visibleTo(CurrentUser user);

    /** Every agency, for what the public reads of each (the portal's lists before enforcement). */
    List<Agency> all();

    /** The agency's 统一社会信用代码, which per-agency rule parameters are configured under. */
    java.util.Optional<String> creditCode(long agencyId);

    /** The agency's name, as its records and documents give it; empty when there is no such agency. */
    default java.util.Optional<String> name(long agencyId) {
        return all().stream().filter(a -> a.id() == agencyId).findFirst().map(Agency::name);
    }

    record Agency(long id, String name) {
    }
}
