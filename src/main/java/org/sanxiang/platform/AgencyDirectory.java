package org.sanxiang.platform;

import java.util.List;

/**
 * The agencies a user may manage, as the platform needs them for user accounts; the registry implements it.
 */
public interface AgencyDirectory {

    List<Agency> visibleTo(CurrentUser user);

    /** Every agency, for what the public reads of each (the portal's lists before enforcement). */
    List<Agency> all();

    record Agency(long id, String name) {
    }
}
