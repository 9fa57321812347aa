package org.sanxiang.registry.internal.legalstaff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalStaffRepository extends JpaRepository<LegalStaff, Long> {

    List<LegalStaff> findByAgencyIdOrderByKindAscNameAsc(long agencyId);

    long countByAgencyIdAndKindAndActiveTrue(long agencyId, LegalStaff.Kind kind);
}
