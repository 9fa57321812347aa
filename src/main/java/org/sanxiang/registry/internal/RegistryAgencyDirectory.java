package org.sanxiang.registry.internal;

import java.util.List;
import java.util.Optional;

import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.springframework.stereotype.Component;

@Component
class RegistryAgencyDirectory implements AgencyDirectory {

    private final RegistryQueries queries;
    private final AgencyScopeService scope;
    private final AgencyRepository agencies;

    RegistryAgencyDirectory(RegistryQueries queries, AgencyScopeService scope, AgencyRepository agencies) {
        this.queries = queries;
        this.scope = scope;
        this.agencies = agencies;
    }

    @Override
    public Optional<String> creditCode(long agencyId) {
        return agencies.findById(agencyId).map(a -> a.getUscc());
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
