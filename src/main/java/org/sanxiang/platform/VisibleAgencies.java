package org.sanxiang.platform;

import java.util.Set;

/**
 * The agencies whose records a user may see (her data scope): all of them (a platform administrator; the public
 * lists), or the given ones (her own agency, and for supervisors and administrators every agency under it). A
 * value, so that "all" is said and never left to a {@code null}.
 */
public final class VisibleAgencies {

    private static final VisibleAgencies ALL = new VisibleAgencies(null);

    private final Set<Long> ids;

    private VisibleAgencies(Set<Long> ids) {
        this.ids = ids;
    }

    public static VisibleAgencies all() {
        return ALL;
    }

    public static VisibleAgencies only(Set<Long> ids) {
        return new VisibleAgencies(Set.copyOf(ids));
    }

    public boolean isAll() {
        return ids == null;
    }

    /** Nothing at all (a user without an agency who is not a platform administrator). */
    public boolean isEmpty() {
        return ids != null && ids.isEmpty();
    }

    /** Whether a record of this agency is visible; a platform-wide record ({@code null} agency) only to "all". */
    public boolean contains(Long agencyId) {
        return ids == null || agencyId != null && ids.contains(agencyId);
    }

    /**
     * The visible agencies' ids, for a query's {@code in (...)}; ask {@link #isAll()} first, as "all" has no list.
     */
    public Set<Long> ids() {
        if (ids == null) {
            throw new IllegalStateException("every agency is visible: there is no list of ids");
        }
        return ids;
    }

    @Override
    public String toString() {
        return ids == null ? "all agencies" : "agencies " + ids;
    }
}
