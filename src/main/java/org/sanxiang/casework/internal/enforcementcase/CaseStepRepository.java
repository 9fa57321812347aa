package org.sanxiang.casework.internal.enforcementcase;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseStepRepository extends JpaRepository<CaseStepRow, Long> {

    List<CaseStepRow> findByCaseIdOrderBySeq(long caseId);
}
