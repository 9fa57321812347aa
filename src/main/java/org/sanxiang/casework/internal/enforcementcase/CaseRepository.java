package org.sanxiang.casework.internal.enforcementcase;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<EnforcementCase, Long>,
        JpaSpecificationExecutor<EnforcementCase> {

    List<EnforcementCase> findByAgencyIdAndStateInOrderById(long agencyId, Collection<String> states);
}
