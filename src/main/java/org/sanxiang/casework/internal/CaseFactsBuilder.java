package org.sanxiang.casework.internal;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseFacts.AssignedOfficer;
import org.sanxiang.casework.CaseFacts.LinkedEvidence;
import org.sanxiang.casework.CaseFacts.TakenStep;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.avpolicy.AvPolicy;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.casework.internal.enforcementcase.CaseData;
import org.sanxiang.casework.internal.enforcementcase.CaseOfficers;
import org.sanxiang.casework.internal.enforcementcase.CaseStepRow;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.evidence.CaseEvidence;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.AccountOfficer;
import org.sanxiang.registry.EnforcementAuthority;
import org.springframework.stereotype.Component;

/** Gathers what the rules look at for one step of one case: its facts, officers, evidence, level and deadlines. */
@Component
class CaseFactsBuilder {

    private final CaseOfficers caseOfficers;
    private final AccountOfficer accounts;
    private final EnforcementAuthority authority;
    private final CaseEvidence evidence;
    private final Deadlines deadlines;
    private final AvPolicy avPolicy;
    private final AgencyDirectory agencies;

    CaseFactsBuilder(CaseOfficers caseOfficers, AccountOfficer accounts, EnforcementAuthority authority,
            CaseEvidence evidence, Deadlines deadlines, AvPolicy avPolicy, AgencyDirectory agencies) {
        this.caseOfficers = caseOfficers;
        this.accounts = accounts;
        this.authority = authority;
        this.evidence = evidence;
        this.deadlines = deadlines;
        this.avPolicy = avPolicy;
        this.agencies = agencies;
    }

    /**
     * @param kase   the case, not yet saved when the step opens it (its id is then 0)
     * @param steps  the steps taken so far
     * @param input  the step's record; its {@code officers}, when given, are the officers of this step
     */
    CaseFacts build(EnforcementCase kase, String agencyCode, List<CaseStepRow> steps, Transition step,
            StepValues input, LocalDate today) {
        long id = kase.getId() == null ? 0 : kase.getId();
        List<Long> officerIds = input.has("officers") ? input.ids("officers")
                : id == 0 ? List.of() : caseOfficers.of(id).stream().map(CaseOfficers.Officer::officerId).toList();
        List<AssignedOfficer> officers = officerIds.stream().map(o -> assigned(o, kase, today)).toList();
        List<TakenStep> taken = taken(kase, steps);
        List<LinkedEvidence> linked = id == 0 ? List.of() : evidence.linkedTo(kase.getAgencyId(), kase.getNumber())
                .stream().map(e -> new LinkedEvidence(e.id(), e.kind(), e.stepRef(), e.capturedAt())).toList();
        StepValues facts = kase.facts();
        return forStep(new CaseFacts(id, kase.getAgencyId(), agencyCode, kase.getNumber(), kase.getDomain(),
                kase.getPartyKind(), kase.getOpenedOn(), facts, officers, taken, linked, null,
                deadlines.of(kase.getProcedure(), agencyCode, facts, taken, today)), kase.getProcedure(), step, input);
    }

    /**
     * The facts built for one step as another step of the same case sees them (its audio/video level), without
     * gathering officers, evidence and deadlines again: what a case's next steps are asked with.
     */
    CaseFacts forStep(CaseFacts facts, Procedure procedure, Transition step, StepValues input) {
        return facts.withAvLevel(avPolicy.level(facts.agencyCode(), procedure, step, input));
    }

    /**
     * The case's facts right after a step, from those its rules saw before it: the officers (gathered again only
     * when the step assigned others), the evidence, and what the step left: facts, steps and deadlines.
     *
     * @param assigned the officers the step assigned, {@code null} when it left them as they were
     */
    CaseFacts after(CaseFacts before, EnforcementCase kase, List<CaseStepRow> steps, List<CaseFacts.Deadline> deadlines,
            List<Long> assigned, LocalDate today) {
        List<AssignedOfficer> officers = assigned == null
                || assigned.equals(before.officers().stream().map(AssignedOfficer::officerId).toList())
                ? before.officers() : assigned.stream().map(o -> assigned(o, kase, today)).toList();
        return new CaseFacts(kase.getId(), kase.getAgencyId(), before.agencyCode(), kase.getNumber(),
                kase.getDomain(), kase.getPartyKind(), kase.getOpenedOn(), kase.facts(), officers, taken(kase, steps),
                before.evidence(), before.avLevel(), deadlines);
    }

    /** The case's deadlines with these facts and steps (after a step, before it is saved). */
    List<org.sanxiang.casework.CaseFacts.Deadline> deadlines(EnforcementCase kase, StepValues facts,
            List<CaseStepRow> steps, LocalDate today) {
        return deadlines.of(kase.getProcedure(), agencies.creditCode(kase.getAgencyId()).orElse(null), facts,
                taken(kase, steps), today);
    }

    static List<TakenStep> taken(EnforcementCase kase, List<CaseStepRow> steps) {
        var procedure = Procedures.of(kase.getProcedure());
        return steps.stream().map(s -> new TakenStep(s.getTransition(), s.getTakenAt(), s.getActor(),
                CaseData.read(s.getRecord(), procedure))).toList();
    }

    private AssignedOfficer assigned(long officerId, EnforcementCase kase, LocalDate today) {
        return accounts.officer(officerId).filter(o -> o.agencyId() == kase.getAgencyId()).map(o -> {
            EnforcementAuthority.Decision may = authority.mayAct(officerId, kase.getDomain(), null, today);
            return new AssignedOfficer(officerId, o.name(), o.username(), may.allowed(), may.refusals());
        }).orElseGet(() -> new AssignedOfficer(officerId, "编号 " + officerId, null, false, List.of(new Refusal(
                "two-qualified-officers", "行政处罚法 第四十二条", 409, new org.sanxiang.platform.rule.Text(
                        "不是本机关的执法人员", "not an officer of this agency")))));
    }
}
