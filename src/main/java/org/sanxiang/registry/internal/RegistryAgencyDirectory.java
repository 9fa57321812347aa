package org.sanxiang.registry.internal;

import java.util.List;

import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.registry.internal.agency.Agency;
import org.springframework.stereotype.Component;

@Component
class RegistryAgencyDirectory implements AgencyDirectory {

    private final RegistryQueries queries;
    private final AgencyScopeService scope;

    RegistryAgencyDirectory(RegistryQueries queries, AgencyScopeService scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Override
    public List<Agency> visibleTo(CurrentUser user) {
        return queries.allAgencies(scope.visibleTo(user)).stream()
                .map(a -> new Agency(a.id(), a.name())).toList();
    }

    @Override
    public List<Agency> all() {
        return queries.allAgencies(org.sanxiang.platform.VisibleAgencies.all()).stream()
                .map(a -> new Agency(a.id(), a.name())).toList();
    }
}
