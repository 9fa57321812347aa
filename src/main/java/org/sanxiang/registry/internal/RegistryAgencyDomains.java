package org.sanxiang.registry.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.registry.AgencyDomains;
import org.sanxiang.registry.internal.agency.AgencyRepository;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class RegistryAgencyDomains implements AgencyDomains {

    private final AgencyRepository agencies;
    private final OfficerRepository officers;
    private final RegistryProperties properties;

    RegistryAgencyDomains(AgencyRepository agencies, OfficerRepository officers, RegistryProperties properties) {
        this.agencies = agencies;
        this.officers = officers;
        this.properties = properties;
    }

    @Override
    public List<Domain> of(long agencyId) {
        Set<String> codes = new HashSet<>();
        agencies.findById(agencyId).ifPresent(agency -> codes.add(agency.getDomain()));
        officers.findByAgencyId(agencyId).stream().map(Officer::getDomains).forEach(codes::addAll);
        return properties.domains().stream().filter(d -> codes.contains(d.code()))
                .map(d -> new Domain(d.code(), d.zh(), d.en())).toList();
    }
}
