package org.sanxiang.platform;

import java.util.Set;

/**
 * An entry of the portal's or the workbench's navigation, contributed by a module as a bean.
 *
 * @param messageKey the label's message key
 * @param roles      who sees it; empty = everyone who sees that face
 */
public record MenuItem(Face face, String messageKey, String path, int order, Set<Role> roles) {

    public enum Face {
        PORTAL, WORKBENCH
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
