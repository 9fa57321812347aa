package org.sanxiang.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanxiang.review.ReviewStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalReviewRepository extends JpaRepository<LegalReview, Long> {

    List<LegalReview> findByCaseIdOrderByRound(long caseId);

    Optional<LegalReview> findFirstByCaseIdOrderByRoundDesc(long caseId);

    Optional<LegalReview> findByCaseIdAndRound(long caseId, int round);

    List<LegalReview> findByAgencyIdInAndStatusInOrderByDueOnAscIdAsc(Collection<Long> agencyIds,
            Collection<ReviewStatus> statuses);

    List<LegalReview> findByAgencyIdInOrderByIdDesc(Collection<Long> agencyIds);

    List<LegalReview> findByAgencyIdOrderByIdAsc(long agencyId);
}
