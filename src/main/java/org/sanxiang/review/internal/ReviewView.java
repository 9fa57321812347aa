package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;
import org.sanxiang.review.ReviewStatus;
import tools.jackson.databind.JsonNode;

/** A round as the API and the pages show it. */
record ReviewView(long id, long caseId, String caseNumber, int round, ReviewStatus status, Text statusName,
        String criterion, String reviewUnit, List<String> flags, String draftOutcome, String draftPenalty,
        BigDecimal draftFine, String statement, String submittedBy, Instant submittedAt, LocalDate dueOn,
        boolean overdue, boolean dueSoon, String materialsSha256, JsonNode materials, String reviewer, String assignedBy,
        Integer extensionDays, String extensionReason, String extendedBy, String opinion, String opinionText,
        JsonNode checklist, JsonNode consultations, Instant opinionAt, Long opinionDocumentId, String disputeReason,
        String disputedBy, Instant disputedAt, List<String> recusals, String draftInWords,
        List<String> changesFromPrevious) {

    static ReviewView of(LegalReview r, ReviewService reviews) {
        return new ReviewView(r.getId(), r.getCaseId(), r.getCaseNumber(), r.getRound(), r.getStatus(),
                r.getStatus().text(), r.getCriterionCode() + " " + r.getCriterionName() + "（第" + r.getCriterionVersion()
                        + "版）", r.getReviewUnit(), List.copyOf(r.flagSet()), r.getDraftOutcome(), r.getDraftPenalty(),
                r.getDraftFine(), r.getStatement(), r.getSubmittedBy(), r.getSubmittedAt(), r.getDueOn(), reviews.overdue(r),
                reviews.dueSoon(r), r.getMaterialsSha256(), Materials.read(r.getSnapshot()), r.getReviewer(), r.getAssignedBy(),
                r.getExtensionDays(), r.getExtensionReason(), r.getExtendedBy(), r.getOpinion(), r.getOpinionText(),
                r.getChecklist() == null ? null : Materials.read(r.getChecklist()),
                r.getConsultations() == null ? null : Materials.read(r.getConsultations()), r.getOpinionAt(),
                r.getOpinionDocumentId(), r.getDisputeReason(), r.getDisputedBy(), r.getDisputedAt(),
                r.getRecused().lines().toList(), MaterialsDiff.draft(r), reviews.changesFromPrevious(r));
    }

    /** Whether a case needs review and why (criterion and list version), its rounds, and the steps open to the user. */
    record OfCase(long caseId, String caseNumber, boolean major, Criterion criterion, List<ReviewView> rounds,
            Map<String, List<Refusal>> steps, List<String> materialsChangedSinceLatest,
            List<ResponsibilityChain.Link> responsibility) {
    }
}
