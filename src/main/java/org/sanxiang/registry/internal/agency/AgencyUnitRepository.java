package org.sanxiang.registry.internal.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyUnitRepository extends JpaRepository<AgencyUnit, Long> {

    List<AgencyUnit> findByAgencyIdOrderByName(long agencyId);

    Optional<AgencyUnit> findByAgencyIdAndName(long agencyId, String name);
}
