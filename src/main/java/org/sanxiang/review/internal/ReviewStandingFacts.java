package org.sanxiang.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseStepFacts;
import org.sanxiang.catalog.MajorDecisionCriteria;
import org.sanxiang.document.CaseDocuments;
import org.sanxiang.review.ReviewStanding;
import org.springframework.stereotype.Component;

/**
 * Where the case's review stands, for the gate on the steps that make a decision ({@code legal-review-passed}):
 * {@code decide} of a penalty case, {@code approve-measure} of a coercive measure.
 */
@Component
class ReviewStandingFacts implements CaseStepFacts<ReviewStanding> {

    static final Set<String> DECISIONS = Set.of("decide", "approve-measure");

    private final LegalReviewRepository reviews;
    private final MajorDecisionCriteria criteria;
    private final CaseDocuments documents;

    ReviewStandingFacts(LegalReviewRepository reviews, MajorDecisionCriteria criteria, CaseDocuments documents) {
        this.reviews = reviews;
        this.criteria = criteria;
        this.documents = documents;
    }

    @Override
    public Set<String> transitions() {
        return DECISIONS;
    }

    /** Whether the agency's heads discussed the case collectively after a dispute and before {@code before}. */
    static boolean discussedBetween(CaseFacts kase, Instant disputed, Instant before) {
        return kase.steps().stream().anyMatch(s -> s.transition().equals("discuss-collectively")
                && s.at().isAfter(disputed) && s.at().isBefore(before));
    }

    /** The case's documents in force that the review looks at: all but its own opinions (法制审核意见书). */
    List<CaseDocuments.InForce> materials(long caseId) {
        return documents.inForce(caseId).stream().filter(d -> !d.template().equals(OpinionDocument.TEMPLATE)).toList();
    }

    @Override
    public Class<ReviewStanding> type() {
        return ReviewStanding.class;
    }

    @Override
    public ReviewStanding of(CaseFacts kase, LocalDate today) {
        Optional<LegalReview> latest = kase.id() == 0 ? Optional.empty()
                : reviews.findFirstByCaseIdOrderByRoundDesc(kase.id());
        Set<Long> inForce = kase.id() == 0 ? Set.of()
                : materials(kase.id()).stream().map(CaseDocuments.InForce::id).collect(Collectors.toSet());
        Set<Long> evidence = kase.evidence().stream().map(CaseFacts.LinkedEvidence::id).collect(Collectors.toSet());
        boolean discussed = latest.map(LegalReview::getDisputedAt)
                .map(disputed -> discussedBetween(kase, disputed, Instant.MAX)).orElse(false);
        return new ReviewStanding(criteria.inForce(kase.agencyId(), today), latest.map(LegalReview::standing),
                inForce, evidence, discussed);
    }
}
