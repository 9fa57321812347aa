package org.sanxiang.casework.internal.enforcementcase;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseStepRepository extends JpaRepository<CaseStepRow, Long> {

    List<CaseStepRow> findByCaseIdOrderBySeq(long caseId);

    /** The agency's cases that took one of these steps in {@code [from, to)}, in the order they took it. */
    @Query("select s.caseId from CaseStepRow s, EnforcementCase c where c.id = s.caseId and c.agencyId = :agencyId"
            + " and s.transition in :transitions and s.takenAt >= :from and s.takenAt < :to order by s.takenAt, s.id")
    List<Long> casesTaking(long agencyId, Collection<String> transitions, Instant from, Instant to);
}
