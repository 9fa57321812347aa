package org.sanxiang.platform;

import java.util.Set;

/**
 * Which agencies a user may see: their own; supervisors and administrators also every agency under theirs;
 * a platform administrator all. Nobody sees another branch.
 */
public interface AgencyScope {

    /** The visible agencies, or {@code null} for "all" (platform administrator). */
    Set<Long> visibleAgencyIds(CurrentUser user);

    boolean canSee(CurrentUser user, long agencyId);
}
