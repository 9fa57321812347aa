package org.sanxiang.registry.internal;

import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.WorkbenchPanel;
import org.sanxiang.registry.internal.credential.CredentialWatch;
import org.springframework.stereotype.Component;

/**
 * The registry's panel on the workbench: whose enforcement credential must be renewed soon (an officer without a
 * valid one may not act: 行政处罚法 第四十二条 requires officers to hold credentials), and which agencies the indicator
 * {@code legal-reviewer-ratio} flags for having fewer legal reviewers than its minimum ratio. For those who manage or
 * supervise officers.
 */
@Component
class CredentialPanel implements WorkbenchPanel {

    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.AGENCY_HEAD, Role.UNIT_HEAD, Role.SUPERVISOR);
    private static final int SHOWN = 10;

    private final RegistryQueries queries;
    private final AgencyScopeService scope;

    CredentialPanel(RegistryQueries queries, AgencyScopeService scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Override
    public String template() {
        return "registry/panels";
    }

    @Override
    public String fragment() {
        return "credentials";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<CredentialWatch> model(CurrentUser user) {
        if (READERS.stream().noneMatch(user::has)) {
            return Optional.empty();
        }
        return Optional.of(queries.watch(scope.visibleTo(user), SHOWN));
    }
}
