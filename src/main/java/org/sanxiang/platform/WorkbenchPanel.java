package org.sanxiang.platform;

import java.util.Optional;

/**
 * A panel of the workbench's first page, contributed by a module as a bean: what needs the signed-in user's
 * attention there (credentials about to expire, reviews waiting, publications due, ...).
 */
public interface WorkbenchPanel {

    /** The Thymeleaf template holding the panel's fragment, e.g. {@code registry/panels}. */
    String template();

    /** The fragment's name in that template; it reads its data as {@code ${panel}}. */
    String fragment();

    /** Position on the page, lowest first. */
    int order();

    /** The panel's data for this user, or empty when the panel has nothing for them. */
    Optional<?> model(CurrentUser user);
}
