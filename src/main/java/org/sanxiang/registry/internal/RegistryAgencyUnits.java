package org.sanxiang.registry.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.registry.AgencyUnits;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyUnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RegistryAgencyUnits implements AgencyUnits {

    private final AgencyUnitRepository units;

    RegistryAgencyUnits(AgencyUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> unitIds) {
        return units.findAllById(unitIds).stream().collect(Collectors.toMap(AgencyUnit::getId, AgencyUnit::getName));
    }
}
