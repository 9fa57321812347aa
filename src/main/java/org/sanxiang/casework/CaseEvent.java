package org.sanxiang.casework;

import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * What casework's commands publish; each is also the command's ledger entry, about the case ({@code case}, its
 * id) of the agency. {@code facts} is the case as it is after the step (number, procedure, state, party, the facts
 * its steps recorded) with the step itself: {@code transition}, {@code from}, {@code record}. Other modules react
 * to the typed ones: a decision made (disclosure, review), a case closed (archive).
 */
public sealed interface CaseEvent extends RecordedEvent {

    long caseId();

    long agencyId();

    default SubjectRef subject() {
        return new SubjectRef("case", Long.toString(caseId()), agencyId());
    }

    /** A case opened by its procedure's first step (a clue registered, a decision on the spot, …). */
    record Opened(long caseId, long agencyId, Map<String, Object> facts) implements CaseEvent {
        public String entryType() {
            return "case.opened";
        }
    }

    /** A step along the way; {@code facts.transition} says which. */
    record StepTaken(long caseId, long agencyId, Map<String, Object> facts) implements CaseEvent {
        public String entryType() {
            return "case.step";
        }
    }

    /** 作出处理决定 (the general procedure's decision: penalty, none, transfer or withdrawal). */
    record Decided(long caseId, long agencyId, Map<String, Object> facts) implements CaseEvent {
        public String entryType() {
            return "case.decided";
        }
    }

    /**
     * A time limit of the agency's that passed without its step (逾期), recorded once by the daily check; {@code
     * facts.deadline} says which (kind, due, met late on, basis). A deadline met late is still a missed one.
     */
    record DeadlineMissed(long caseId, long agencyId, Map<String, Object> facts) implements CaseEvent {
        public String entryType() {
            return "case.deadline-missed";
        }
    }

    /** 结案 */
    record Closed(long caseId, long agencyId, Map<String, Object> facts) implements CaseEvent {
        public String entryType() {
            return "case.closed";
        }
    }
}
