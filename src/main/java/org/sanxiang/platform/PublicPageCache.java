package org.sanxiang.platform;

import java.util.List;

/**
 * What anonymous visitors get from the public pages and API, kept for a few seconds so that a page costs what a
 * static file costs while its data stay the same (issue 16). A module declares its cached paths as a {@link Paths}
 * bean and evicts every kept answer when its data change: on this node at once (after the change commits), on the
 * other nodes of a cluster within {@code sanxiang.portal.page-cache-ttl}. Signed-in users always get a fresh page.
 */
public interface PublicPageCache {

    /** Forgets every kept answer once the current transaction commits (at once without one). */
    void evictAll();

    /** @param patterns path patterns of anonymous GETs whose answer depends only on the path, query and language */
    record Paths(List<String> patterns) {

        public Paths(String... patterns) {
            this(List.of(patterns));
        }
    }
}
