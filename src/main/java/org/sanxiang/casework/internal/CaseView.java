package org.sanxiang.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.internal.enforcementcase.CaseData;
import org.sanxiang.casework.internal.enforcementcase.CaseStepRow;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.procedure.Field;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;

/**
 * A case as the API gives it (../API-CONTRACT "Cases and procedures"): what it is, where it stands, its facts,
 * officers, deadlines, every step taken, its evidence, and the steps it may take next with, for each one refused,
 * the refusals by rule.
 */
public record CaseView(long id, String number, String procedure, String state, Text stateName, long agencyId,
        Long unitId, Party party, String domain, String title, LocalDate openedOn, LocalDate nextDue,
        boolean overdue, Map<String, Object> facts, List<CaseFacts.AssignedOfficer> officers,
        List<DeadlineView> deadlines, List<StepView> steps, List<CaseFacts.LinkedEvidence> evidence,
        List<TransitionView> transitions) {

    public record Party(Long id, String kind, String name) {
    }

    public record DeadlineView(String kind, Text name, LocalDate due, String legalBasis, LocalDate metOn,
            boolean duty, boolean missed) {
    }

    public record StepView(int seq, String transition, Text name, String from, String to, String actor,
            Instant at, Map<String, Object> record) {
    }

    public record TransitionView(String name, Text title, String to, boolean allowed, List<Refusal> refusals,
            String avLevel, List<Field> fields) {
    }

    /** A row of a case list. */
    public record Summary(long id, String number, String procedure, String state, Text stateName, String partyName,
            String title, LocalDate openedOn, LocalDate nextDue, boolean overdue) {

        static Summary of(EnforcementCase kase, LocalDate today) {
            return new Summary(kase.getId(), kase.getNumber(), kase.getProcedure().path(), kase.getState(),
                    CaseView.stateName(kase), kase.getPartyName(), kase.getTitle(), kase.getOpenedOn(), kase.getNextDue(),
                    CaseView.overdue(kase, today));
        }
    }

    static CaseView of(EnforcementCase kase, CaseFacts facts, List<CaseStepRow> steps,
            List<CaseService.Option> options, LocalDate today) {
        ProcedureDefinition procedure = Procedures.of(kase.getProcedure());
        return new CaseView(kase.getId(), kase.getNumber(), kase.getProcedure().path(), kase.getState(),
                stateName(kase), kase.getAgencyId(), kase.getUnitId(), new Party(kase.getPartyId(),
                        kase.getPartyKind().name(), kase.getPartyName()), kase.getDomain(), kase.getTitle(),
                kase.getOpenedOn(), kase.getNextDue(), overdue(kase, today), CaseData.plain(kase.facts()),
                facts.officers(), facts.deadlines().stream().map(d -> new DeadlineView(d.kind(), d.name(), d.due(),
                        d.legalBasis(), d.metOn(), d.duty(), d.missedOn(today))).toList(),
                steps.stream().map(s -> new StepView(s.getSeq(), s.getTransition(), procedure.transition(
                        s.getTransition()).map(t -> new Text(t.zh(), t.en())).orElse(null), s.getFromState(),
                        s.getToState(), s.getActor(), s.getTakenAt(), CaseData.plain(CaseData.read(s.getRecord(),
                                procedure)))).toList(),
                facts.evidence(), options.stream().map(o -> transition(o, kase)).toList());
    }

    private static TransitionView transition(CaseService.Option option, EnforcementCase kase) {
        Transition t = option.step();
        return new TransitionView(t.name(), new Text(t.zh(), t.en()), t.target(kase.getState()), option.allowed(),
                option.refusals(), t.avLevel().name(), t.fields());
    }

    static Text stateName(EnforcementCase kase) {
        var state = Procedures.of(kase.getProcedure()).state(kase.getState());
        return new Text(state.zh(), state.en());
    }

    static boolean overdue(EnforcementCase kase, LocalDate today) {
        return kase.getNextDue() != null && kase.getNextDue().isBefore(today);
    }
}
