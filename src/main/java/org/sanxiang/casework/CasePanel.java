package org.sanxiang.casework;

import java.util.Optional;

import org.sanxiang.platform.CurrentUser;

/**
 * A section of a case's page contributed by another module as a bean (the case's documents), shown with the case's
 * own sections.
 */
public interface CasePanel {

    /** The Thymeleaf template holding the panel's fragment, e.g. {@code document/case-panel}. */
    String template();

    /** The fragment's name in that template; it reads its data as {@code ${panel}}. */
    String fragment();

    /** Position among the contributed sections, lowest first. */
    int order();

    /** The panel's data for the case as this user sees it, or empty when it has nothing to show. */
    Optional<?> model(long caseId, CurrentUser user);
}
