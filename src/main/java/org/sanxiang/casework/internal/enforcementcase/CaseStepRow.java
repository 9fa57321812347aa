package org.sanxiang.casework.internal.enforcementcase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One step taken on a case, written once: the transition, the states, who, when, and the step's record. */
@Entity
@Immutable
@Table(name = "case_step")
public class CaseStepRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long caseId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String transition;

    @Column(nullable = false)
    private String fromState;

    @Column(nullable = false)
    private String toState;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant takenAt;

    @Column(nullable = false)
    private String record;

    protected CaseStepRow() {
    }

    public CaseStepRow(long caseId, int seq, String transition, String fromState, String toState, String actor,
            Instant takenAt, String record) {
        this.caseId = caseId;
        this.seq = seq;
        this.transition = transition;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.takenAt = takenAt;
        this.record = record;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public int getSeq() {
        return seq;
    }

    public String getTransition() {
        return transition;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getRecord() {
        return record;
    }
}
