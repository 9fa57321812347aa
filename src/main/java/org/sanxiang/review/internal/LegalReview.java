package org.sanxiang.review.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.sanxiang.catalog.MajorDecisionCriteria.Criterion;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.review.ReviewStanding;
import org.sanxiang.review.ReviewStatus;

/** One round of a case's legal review: what was submitted and frozen, who reviews it, the opinion, a dispute. */
@Entity
@Table(name = "legal_review")
public class LegalReview extends AuditedEntity {

    @Column(nullable = false)
    private long agencyId;
    @Column(nullable = false)
    private long caseId;
    @Column(nullable = false)
    private String caseNumber;
    @Column(nullable = false)
    private int round;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;
    @Column(nullable = false)
    private String criterionCode;
    @Column(nullable = false)
    private String criterionName;
    @Column(nullable = false)
    private int criterionVersion;
    private String reviewUnit;
    @Column(nullable = false)
    private String flags;
    @Column(nullable = false)
    private String draftOutcome;
    private String draftPenalty;
    private BigDecimal draftFine;
    @Column(nullable = false)
    private String statement;
    @Column(nullable = false)
    private String submittedBy;
    @Column(nullable = false)
    private Instant submittedAt;
    @Column(nullable = false)
    private LocalDate dueOn;
    @Column(nullable = false)
    private String snapshot;
    @Column(nullable = false)
    private String materialsSha256;
    private String reviewer;
    private String assignedBy;
    private Instant assignedAt;
    private Integer extensionDays;
    private String extensionReason;
    private String extendedBy;
    private Instant extendedAt;
    private Long opinionDocumentId;
    private String recused = "";
    private String opinion;
    private String opinionText;
    private String checklist;
    private String consultations;
    private Instant opinionAt;
    private String disputeReason;
    private String disputedBy;
    private Instant disputedAt;

    protected LegalReview() {
    }

    /** A round submitted: the draft it reviews, the criterion that made it major, the frozen materials. */
    LegalReview(long agencyId, long caseId, String caseNumber, int round, Criterion criterion, Set<String> flags,
            Draft draft, String statement, String submittedBy, Instant submittedAt, LocalDate dueOn,
            String snapshot, String materialsSha256) {
        this.agencyId = agencyId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.round = round;
        this.status = ReviewStatus.PENDING;
        this.criterionCode = criterion.code();
        this.criterionName = criterion.name();
        this.criterionVersion = criterion.version();
        this.reviewUnit = criterion.reviewUnit();
        this.flags = String.join(",", new TreeSet<>(flags));
        this.draftOutcome = draft.outcome();
        this.draftPenalty = draft.penalty();
        this.draftFine = draft.fine();
        this.statement = statement;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.dueOn = dueOn;
        this.snapshot = snapshot;
        this.materialsSha256 = materialsSha256;
    }

    /** The decision a round reviews, as the handling unit drafted it. */
    record Draft(String outcome, String penalty, BigDecimal fine) {
    }

    void assign(String reviewer, String by, Instant at) {
        this.reviewer = reviewer;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    void extend(int days, LocalDate newDue, String reason, String by, Instant at) {
        this.extensionDays = days;
        this.dueOn = newDue;
        this.extensionReason = reason;
        this.extendedBy = by;
        this.extendedAt = at;
    }

    void answer(ReviewStatus status, String opinion, String text, String checklist, String consultations,
            Instant at, long opinionDocument) {
        this.opinionDocumentId = opinionDocument;
        this.status = status;
        this.opinion = opinion;
        this.opinionText = text;
        this.checklist = checklist;
        this.consultations = consultations;
        this.opinionAt = at;
    }

    /**
     * She withdraws (回避): never assigned to this round; if she was its reviewer, it awaits another. Kept as lines
     * "username：reason", which the ledger's facts carry.
     */
    void recuse(String username, String reason) {
        this.recused = (recused.isEmpty() ? "" : recused + "\n") + username + "：" + reason.replace('\n', ' ');
        if (username.equals(reviewer)) {
            this.reviewer = null;
            this.assignedBy = null;
            this.assignedAt = null;
        }
    }

    public Set<String> recusedSet() {
        Set<String> usernames = new TreeSet<>();
        recused.lines().forEach(line -> usernames.add(line.substring(0, line.indexOf('：'))));
        return usernames;
    }

    void dispute(String reason, String by, Instant at) {
        this.status = ReviewStatus.DISPUTED;
        this.disputeReason = reason;
        this.disputedBy = by;
        this.disputedAt = at;
    }

    /** What the ledger records of the round after each step; {@code ledger verify} compares the row with it. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("caseId", caseId);
        facts.put("caseNumber", caseNumber);
        facts.put("round", round);
        facts.put("status", status.name());
        facts.put("criterion", criterionCode + " v" + criterionVersion);
        put(facts, "reviewUnit", reviewUnit);
        facts.put("flags", flags);
        facts.put("draftOutcome", draftOutcome);
        put(facts, "draftPenalty", draftPenalty);
        put(facts, "draftFine", draftFine == null ? null : draftFine.stripTrailingZeros().toPlainString());
        facts.put("submittedBy", submittedBy);
        facts.put("dueOn", dueOn.toString());
        facts.put("materialsSha256", materialsSha256);
        put(facts, "reviewer", reviewer);
        put(facts, "extensionDays", extensionDays);
        put(facts, "opinion", opinion);
        put(facts, "opinionDocument", opinionDocumentId);
        put(facts, "disputedBy", disputedBy);
        if (!recused.isEmpty()) {
            facts.put("recused", recused);
        }
        return facts;
    }

    private static void put(Map<String, Object> facts, String key, Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    ReviewStanding.Round standing() {
        return new ReviewStanding.Round(getId(), round, status, draftOutcome, draftPenalty, draftFine,
                Materials.ids(snapshot, "documents"), Materials.ids(snapshot, "evidence"), flagSet(), disputedAt);
    }

    public Set<String> flagSet() {
        return flags.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(flags.split(",")));
    }

    public Optional<String> reviewerName() {
        return Optional.ofNullable(reviewer);
    }

    public long getAgencyId() { return agencyId; }
    public long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public ReviewStatus getStatus() { return status; }
    public String getCriterionCode() { return criterionCode; }
    public String getCriterionName() { return criterionName; }
    public int getCriterionVersion() { return criterionVersion; }
    public String getReviewUnit() { return reviewUnit; }
    public String getDraftOutcome() { return draftOutcome; }
    public String getDraftPenalty() { return draftPenalty; }
    public BigDecimal getDraftFine() { return draftFine; }
    public String getStatement() { return statement; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public String getSnapshot() { return snapshot; }
    public String getMaterialsSha256() { return materialsSha256; }
    public String getReviewer() { return reviewer; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public String getExtendedBy() { return extendedBy; }
    public Instant getExtendedAt() { return extendedAt; }
    public Long getOpinionDocumentId() { return opinionDocumentId; }
    public String getRecused() { return recused; }
    public String getOpinion() { return opinion; }
    public String getOpinionText() { return opinionText; }
    public String getChecklist() { return checklist; }
    public String getConsultations() { return consultations; }
    public Instant getOpinionAt() { return opinionAt; }
    public String getDisputeReason() { return disputeReason; }
    public String getDisputedBy() { return disputedBy; }
    public Instant getDisputedAt() { return disputedAt; }
}
