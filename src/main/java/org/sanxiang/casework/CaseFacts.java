package org.sanxiang.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;

/**
 * A case as the rules see it when a step is asked of it: its agency and domain, its party's kind, the facts its
 * steps have recorded so far ({@link #data()}: the filing date, the proposed fine, the date the notice was served
 * …), the officers assigned with whether each may act in the case's domain today, every step taken, the evidence
 * linked to it, the audio/video level of the step asked for and the case's deadlines.
 *
 * @param id 0 for a case that the step would open
 */
public record CaseFacts(long id, long agencyId, String agencyCode, String number, String domain, PartyKind partyKind,
        LocalDate openedOn, StepValues data, List<AssignedOfficer> officers, List<TakenStep> steps,
        List<LinkedEvidence> evidence, AvLevel avLevel, List<Deadline> deadlines) {

    /**
     * An officer assigned to the case, and whether the registry lets her act in the case's domain today
     * (行政处罚法 第四十二条).
     *
     * @param refusals why she may not, empty when she may
     */
    public record AssignedOfficer(long officerId, String name, String username, boolean mayAct,
            List<Refusal> refusals) {
    }

    /** A step already taken: its transition, when, by whom, and the time the step it completes began. */
    public record TakenStep(String transition, Instant at, String actor, StepValues record) {
    }

    /** Evidence linked to the case, with the step it belongs to and when it was captured. */
    public record LinkedEvidence(long id, EvidenceKind kind, String step, Instant capturedAt) {
    }

    /**
     * A time limit of the case: what it limits, when it falls due (after excluded periods and approved extensions),
     * its legal basis, and the day it was met ({@code null} while open).
     *
     * @param duty whether the agency must act by then (a missed one is recorded); otherwise it is the party's
     *             period (to make a statement, to ask for a hearing, to pay), which the agency waits for
     */
    public record Deadline(String kind, Text name, LocalDate due, String legalBasis, LocalDate metOn, boolean duty) {

        public boolean open() {
            return metOn == null;
        }

        /** Whether the agency failed its duty: not met by the day due. */
        public boolean missedOn(LocalDate day) {
            return duty && (metOn == null ? day.isAfter(due) : metOn.isAfter(due));
        }
    }

    /** The same facts as another step sees them: only the audio/video level belongs to the step. */
    public CaseFacts withAvLevel(AvLevel level) {
        return new CaseFacts(id, agencyId, agencyCode, number, domain, partyKind, openedOn, data, officers, steps,
                evidence, level, deadlines);
    }

    public boolean taken(String transition) {
        return steps.stream().anyMatch(s -> s.transition().equals(transition));
    }

    /** The latest step of this transition. */
    public Optional<TakenStep> last(String transition) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).transition().equals(transition)) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** When the case's current state began: the time of its latest step. */
    public Optional<Instant> stateSince() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).at());
    }

    public Optional<Deadline> deadline(String kind) {
        return deadlines.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }
}
