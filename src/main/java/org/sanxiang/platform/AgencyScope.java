package org.sanxiang.platform;

/**
 * Which agencies a user may see: their own; supervisors and administrators also every agency under theirs;
 * a platform administrator all. Nobody sees another branch. The registry implements it and resolves a user's
 * scope once per request.
 */
public interface AgencyScope {

    VisibleAgencies visibleTo(CurrentUser user);

    /** Whether a record of this agency is visible to the user; a platform-wide one ({@code null}) only to "all". */
    default boolean canSee(CurrentUser user, Long agencyId) {
        return visibleTo(user).contains(agencyId);
    }
}
