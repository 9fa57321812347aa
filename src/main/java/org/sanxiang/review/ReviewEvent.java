package org.sanxiang.review;

import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * What the legal review's commands publish; each is its own ledger entry about the round ({@code legal-review}, its
 * id) of the agency. {@code facts} is the round after the step (case, round, status, criterion, draft decision, the
 * frozen materials' SHA-256, reviewer, opinion), so the ledger proves what was reviewed, by whom and with what result.
 */
public sealed interface ReviewEvent extends RecordedEvent {

    long reviewId();

    long agencyId();

    default SubjectRef subject() {
        return new SubjectRef("legal-review", Long.toString(reviewId()), agencyId());
    }

    /** 送审: the materials frozen ({@code facts.materialsSha256}) and the submitter's declaration. */
    record Submitted(long reviewId, long agencyId, Map<String, Object> facts) implements ReviewEvent {
        public String entryType() {
            return "review.submitted";
        }
    }

    record Assigned(long reviewId, long agencyId, Map<String, Object> facts) implements ReviewEvent {
        public String entryType() {
            return "review.assigned";
        }
    }

    /** 审核意见: 同意, 存在问题 or 建议移送 ({@code facts.opinion}). */
    record Answered(long reviewId, long agencyId, Map<String, Object> facts) implements ReviewEvent {
        public String entryType() {
            return "review.answered";
        }
    }

    /** 有异议: the handling unit disputes the opinion; the agency's heads decide collectively. */
    record Disputed(long reviewId, long agencyId, Map<String, Object> facts) implements ReviewEvent {
        public String entryType() {
            return "review.disputed";
        }
    }

    /** 回避: a legal reviewer withdraws from the round ({@code facts.recused}); she is never assigned to it. */
    record Recused(long reviewId, long agencyId, Map<String, Object> facts) implements ReviewEvent {
        public String entryType() {
            return "review.recused";
        }
    }

    /** 延长审核期限, approved by the agency head. */
    record Extended(long reviewId, long agencyId, Map<String, Object> facts) implements ReviewEvent {
        public String entryType() {
            return "review.extended";
        }
    }
}
