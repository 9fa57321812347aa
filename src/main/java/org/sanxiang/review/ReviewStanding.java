package org.sanxiang.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;

/**
 * Where a case's legal review stands when a decision is asked of it: the agency's major-decision criteria in force,
 * the latest round (if any), the case's documents in force and evidence now, and whether the agency's heads discussed
 * the case collectively after the handling unit disputed the opinion. The gate rule {@code legal-review-passed}
 * reads it; casework gathers it with the case's facts.
 */
public record ReviewStanding(List<Criterion> criteria, Optional<Round> latest, Set<Long> documentsInForce,
        Set<Long> evidenceNow, boolean discussedAfterDispute) {

    /**
     * A round as the gate sees it: what was reviewed (the draft decision, the documents and evidence frozen) and
     * the outcome.
     */
    public record Round(long id, int round, ReviewStatus status, String draftOutcome, String draftPenalty,
            BigDecimal draftFine, Set<Long> documents, Set<Long> evidence, Set<String> flags, Instant disputedAt) {
    }

    /** What changed in the materials since the round froze them, in words; empty when nothing did. */
    public List<String> changesSince(Round round) {
        List<String> changes = new java.util.ArrayList<>();
        round.documents().stream().filter(d -> !documentsInForce.contains(d)).sorted()
                .forEach(d -> changes.add("文书 #" + d + " 已更正或撤回"));
        evidenceNow.stream().filter(e -> !round.evidence().contains(e)).sorted()
                .forEach(e -> changes.add("新增证据 #" + e));
        round.evidence().stream().filter(e -> !evidenceNow.contains(e)).sorted()
                .forEach(e -> changes.add("证据 #" + e + " 已不在案"));
        return changes;
    }
}
