package org.sanxiang.casework.internal.enforcementcase;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<EnforcementCase, Long>,
        JpaSpecificationExecutor<EnforcementCase> {
}
