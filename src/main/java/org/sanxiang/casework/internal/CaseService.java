package org.sanxiang.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.casework.internal.enforcementcase.CaseData;
import org.sanxiang.casework.internal.enforcementcase.CaseNumbers;
import org.sanxiang.casework.internal.enforcementcase.CaseOfficers;
import org.sanxiang.casework.internal.enforcementcase.CaseRepository;
import org.sanxiang.casework.internal.enforcementcase.CaseStepRepository;
import org.sanxiang.casework.internal.enforcementcase.CaseStepRow;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase.CaseParty;
import org.sanxiang.casework.internal.party.Party;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.casework.internal.procedure.StepRecords;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.casework.internal.rules.CaseRules;
import org.sanxiang.casework.internal.rules.CourtApplicationAfterReminder;
import org.sanxiang.catalog.DiscretionBenchmarks;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.registry.AccountOfficer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's commands: a procedure's first step opens a case, every other step is a transition of its state
 * machine. Each reads the step's record by its field schema, applies the step's rules (every refusal at once),
 * changes the case, writes the step once and publishes the typed event that is its ledger entry, in one
 * transaction. What a page or client may do next is asked of the same rules ({@link #options}).
 */
@Service
@Transactional
public class CaseService {

    private static final StepValues TYPED_LATER = new StepValues(Map.of(StepRecords.AV_SKIP_REASON, "…"));

    private final CaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseOfficers officers;
    private final CaseNumbers numbers;
    private final CaseFactsBuilder factsBuilder;
    private final CaseRules rules;
    private final DiscretionBenchmarks benchmarks;
    private final WorkingDayCalendar calendar;
    private final AccountOfficer accounts;
    private final AgencyDirectory agencies;
    private final AgencyScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PartyService parties;
    private final CaseLedgerFacts ledgerFacts;
    private final StepContributions contributions;

    CaseService(CaseRepository cases, CaseStepRepository steps, CaseOfficers officers, CaseNumbers numbers,
            CaseFactsBuilder factsBuilder, CaseRules rules, DiscretionBenchmarks benchmarks,
            WorkingDayCalendar calendar, AccountOfficer accounts, AgencyDirectory agencies, AgencyScope scope,
            ApplicationEventPublisher events, Clock clock, PartyService parties, CaseLedgerFacts ledgerFacts,
            StepContributions contributions) {
        this.cases = cases;
        this.steps = steps;
        this.officers = officers;
        this.numbers = numbers;
        this.factsBuilder = factsBuilder;
        this.rules = rules;
        this.benchmarks = benchmarks;
        this.calendar = calendar;
        this.accounts = accounts;
        this.agencies = agencies;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.parties = parties;
        this.ledgerFacts = ledgerFacts;
        this.contributions = contributions;
    }

    /**
     * What a case is opened with besides its first step's record.
     *
     * @param step    the procedure's opening step (e.g. {@code register-clue}); {@code null}: its only one
     * @param partyId a party of the case's agency; the case keeps its name and kind as they are at opening
     */
    public record Opening(Procedure procedure, String step, Long partyId, String domain, String title, Long unitId,
            Long relatedCaseId, Map<String, ?> record) {
    }

    /** A step the case may take next, and if not, why not. */
    public record Option(Transition step, List<Refusal> refusals) {

        public boolean allowed() {
            return refusals.isEmpty();
        }
    }

    /**
     * This service as of 10:00 on a past day (China time), for demo data replayed over the year; the rules apply on
     * that day. Not a bean: the caller holds the transaction.
     */
    CaseService on(LocalDate day) {
        return new CaseService(cases, steps, officers, numbers, factsBuilder, rules, benchmarks, calendar, accounts,
                agencies, scope, events, Clock.fixed(day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant(),
                        ChinaTime.ZONE), parties, ledgerFacts, contributions);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    public EnforcementCase open(CurrentUser user, Opening opening) {
        return opened(user, opening).kase();
    }

    /** {@link #open}, answered with the case's view from the facts its first step's rules saw (one transaction). */
    public CaseView openAndView(CurrentUser user, Opening opening) {
        Applied applied = opened(user, opening);
        return view(applied.kase(), applied.steps(), applied.asIs());
    }

    public EnforcementCase take(CurrentUser user, long caseId, String transition, Map<String, ?> body) {
        return taken(user, caseId, transition, body).kase();
    }

    /** {@link #take}, answered with the case's view from the facts the step's rules saw (one transaction). */
    public CaseView takeAndView(CurrentUser user, long caseId, String transition, Map<String, ?> body) {
        Applied applied = taken(user, caseId, transition, body);
        return view(applied.kase(), applied.steps(), applied.asIs());
    }

    // a step applied: the case, its steps so far, and the case as its next steps find it
    private record Applied(EnforcementCase kase, List<CaseStepRow> steps, CaseStep asIs) {
    }

    private Applied opened(CurrentUser user, Opening opening) {
        if (user.agencyId() == null) {
            throw new InvalidInputException("案件由执法机关办理，平台管理员不能立案", "Cases belong to an agency");
        }
        ProcedureDefinition procedure = Procedures.of(opening.procedure());
        Transition step = (opening.step() == null ? procedure.openings().stream().findFirst()
                : procedure.transition(opening.step()).filter(Transition::opensCase))
                .orElseThrow(() -> new InvalidInputException(opening.procedure().zh() + "不能以“" + opening.step()
                        + "”开始", opening.procedure().en() + " does not start with " + opening.step()));
        Party party = parties.ofAgency(user.agencyId(), opening.partyId());
        requireText(opening.domain(), "执法领域", "The domain");
        LocalDate today = today();
        String title = opening.title() == null || opening.title().isBlank()
                ? party.getName() + " " + step.zh() : opening.title().strip();
        EnforcementCase kase = new EnforcementCase(user.agencyId(), opening.unitId(), null, opening.procedure(),
                new CaseParty(party.getId(), party.getKind(), party.getName()),
                opening.domain().strip(), limited(title), opening.relatedCaseId(), today);
        StepValues input = StepRecords.read(step, opening.record());
        CaseStep facts = facts(user, kase, List.of(), step, input);
        rules.require(facts);
        // numbered once the rules allowed it: the number's row stays locked until the commit, and the openings of
        // one agency and procedure wait for one another over the writes only (bench/cases.md)
        kase.numbered(numbers.next(user.agencyId(), today.getYear(), opening.procedure()));
        cases.save(kase);
        return apply(user, kase, List.of(), step, input, facts);
    }

    private Applied taken(CurrentUser user, long caseId, String transition, Map<String, ?> body) {
        EnforcementCase kase = visible(user, caseId);
        ProcedureDefinition procedure = Procedures.of(kase.getProcedure());
        Transition step = procedure.transition(transition).orElseThrow(() -> new NotFoundException(
                kase.getProcedure().zh() + "没有“" + transition + "”这一步骤",
                kase.getProcedure().en() + " has no step " + transition));
        List<CaseStepRow> taken = steps.findByCaseIdOrderBySeq(caseId);
        StepValues input = derived(kase, step, StepRecords.read(step, body));
        CaseStep facts = facts(user, kase, taken, step, input);
        rules.require(facts);
        Applied applied = apply(user, kase, taken, step, input, facts);
        if (step.name().equals("open-clue")) {
            openClue(user, kase, input);
        }
        return applied;
    }

    // 行政检查 发现违法线索: the inspection hands its finding to a general-procedure case, which begins as a clue
    private void openClue(CurrentUser user, EnforcementCase inspection, StepValues input) {
        open(user, new Opening(Procedure.GENERAL_PENALTY, "register-clue", inspection.getPartyId(),
                inspection.getDomain(), null, inspection.getUnitId(), inspection.getId(), Map.of("source",
                        "INSPECTION", "clueReceivedOn", today().toString(), "summary",
                        input.text("summary").orElse(""))));
    }

    /** The steps the case's state leads to, each with what its rules would refuse of this user today. */
    @Transactional(readOnly = true)
    public List<Option> options(CurrentUser user, EnforcementCase kase) {
        return options(kase, asIs(user, kase, steps.findByCaseIdOrderBySeq(kase.getId())));
    }

    /**
     * The case as its page and the API show it: its facts, steps taken and next steps, from one gathering of its
     * facts (officers with their may-act decisions, evidence, deadlines) that every next step's rules share.
     */
    @Transactional(readOnly = true)
    public CaseView view(CurrentUser user, EnforcementCase kase) {
        List<CaseStepRow> taken = steps.findByCaseIdOrderBySeq(kase.getId());
        return view(kase, taken, asIs(user, kase, taken));
    }

    /** The case's facts as its next step would find them (a document is filled from them). */
    @Transactional(readOnly = true)
    public CaseFacts facts(CurrentUser user, EnforcementCase kase) {
        return asIs(user, kase, steps.findByCaseIdOrderBySeq(kase.getId())).kase();
    }

    /** The steps taken on a case, in their order (a party's page lists them). */
    @Transactional(readOnly = true)
    public List<CaseStepRow> steps(long caseId) {
        return steps.findByCaseIdOrderBySeq(caseId);
    }

    private CaseView view(EnforcementCase kase, List<CaseStepRow> taken, CaseStep asIs) {
        return CaseView.of(kase, asIs.kase(), taken, options(kase, asIs), asIs.today());
    }

    // the case as any of its next steps would find it; what the step's own form asks (a recording's absence
    // explained) is checked when the form is sent
    private CaseStep asIs(CurrentUser user, EnforcementCase kase, List<CaseStepRow> taken) {
        return facts(user, kase, taken, Procedures.of(kase.getProcedure()).transitions().get(0), TYPED_LATER);
    }

    private List<Option> options(EnforcementCase kase, CaseStep asIs) {
        return Procedures.of(kase.getProcedure()).from(kase.getState()).stream()
                .map(step -> new Option(step, rules.refusals(new CaseStep(step.name(), asIs.procedure(),
                        asIs.state(), factsBuilder.forStep(asIs.kase(), kase.getProcedure(), step, TYPED_LATER),
                        asIs.input(), asIs.actor(), asIs.actorOfficer(), asIs.today(), asIs.now(),
                        contributions.of(step.name(), asIs.kase(), asIs.today())))))
                .toList();
    }

    @Transactional(readOnly = true)
    public EnforcementCase visible(CurrentUser user, long caseId) {
        EnforcementCase kase = cases.findById(caseId)
                .orElseThrow(() -> new NotFoundException("没有该案件", "No such case"));
        if (!scope.canSee(user, kase.getAgencyId())) {
            throw new AccessDeniedException("case " + caseId + " is not within the user's scope");
        }
        return kase;
    }

    private CaseStep facts(CurrentUser user, EnforcementCase kase, List<CaseStepRow> taken, Transition step,
            StepValues input) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        Long officer = accounts.linkedTo(user).map(AccountOfficer.LinkedOfficer::id).orElse(null);
        CaseFacts facts = factsBuilder.build(kase, agencyCode(kase), taken, step, input, today);
        return new CaseStep(step.name(), kase.getProcedure(), kase.getState(), facts, input, user, officer, today,
                now, contributions.of(step.name(), facts, today));
    }

    /** Applies a step its rules allowed. */
    private Applied apply(CurrentUser user, EnforcementCase kase, List<CaseStepRow> taken, Transition step,
            StepValues input, CaseStep asked) {
        Instant now = asked.now();
        LocalDate today = asked.today();
        Map<String, Object> stamped = new HashMap<>(input.values());
        step.stamps().forEach(stamp -> stamped.put(stamp, today));
        StepValues record = new StepValues(stamped);
        String from = kase.getState();
        String to = step.target(from);
        StepValues facts = kase.facts().with(stamped);
        List<CaseStepRow> after = new ArrayList<>(taken);
        CaseStepRow row = new CaseStepRow(kase.getId(), taken.size() + 1, step.name(), from, to, user.username(),
                now, CaseData.write(record));
        after.add(row);
        List<Deadline> deadlines = factsBuilder.deadlines(kase, facts, after, today);
        kase.advance(to, facts, Deadlines.nextDue(deadlines, Procedures.of(kase.getProcedure()).state(to).terminal()));
        steps.save(row);
        List<Long> assigned = assignOfficers(kase, step, record);
        events.publishEvent(event(kase, step, from, record));
        return new Applied(kase, after, new CaseStep(asked.transition(), kase.getProcedure(), to,
                factsBuilder.after(asked.kase(), kase, after, deadlines, assigned, today), TYPED_LATER, user,
                asked.actorOfficer(), today, now));
    }

    /** Facts a step adds that the law computes: the benchmark band of a report, a reminder's period. */
    private StepValues derived(EnforcementCase kase, Transition step, StepValues input) {
        Map<String, Object> more = new LinkedHashMap<>();
        if (step.name().equals("conclude-investigation")) {
            input.text("violation").flatMap(code -> benchmarks.violation(kase.getAgencyId(), code, today()))
                    .ifPresent(violation -> {
                        more.put("violationName", violation.name());
                        violation.band(input.text("circumstance").orElse("")).ifPresent(band -> band.range(
                                input.amount("baseAmount").orElse(null)).ifPresentOrElse(range -> {
                                    more.put("bandText", band.description());
                                    more.put("bandMin", range[0]);
                                    more.put("bandMax", range[1]);
                                }, () -> {
                                    if ("NONE".equals(band.kind())) {
                                        more.put("bandText", band.description());
                                    }
                                }));
                    });
        }
        if (step.name().equals("send-reminder")) {
            input.date("reminderServedOn").ifPresent(served -> more.put("reminderPeriodEnds",
                    CourtApplicationAfterReminder.periodEnd(calendar, served)));
        }
        if (step.name().equals("notify-hearing")) {
            // 行政处罚法 第六十四条（二）七日前 and 第八十五条: seven working days
            input.date("hearingNoticeOn").ifPresent(notice -> more.put("hearingEarliestOn",
                    calendar.estimateAddWorkingDays(notice, 7).value()));
        }
        return more.isEmpty() ? input : input.with(more);
    }

    /** The officers the step assigned, or {@code null} when it left them as they were. */
    private List<Long> assignOfficers(EnforcementCase kase, Transition step, StepValues record) {
        List<CaseOfficers.Officer> now;
        if (record.has("officers")) {
            now = record.ids("officers").stream().map(this::officer).toList();
        } else if (step.name().equals("decide-recusal") && "RECUSED".equals(record.text("recusal").orElse(""))) {
            List<Long> recused = record.ids("recusedOfficer");
            now = new ArrayList<>(officers.of(kase.getId()).stream().filter(o -> !recused.contains(o.officerId()))
                    .toList());
            record.ids("replacement").stream().map(this::officer).forEach(now::add);
        } else {
            return null;
        }
        officers.replace(kase.getId(), now);
        return now.stream().map(CaseOfficers.Officer::officerId).toList();
    }

    private CaseOfficers.Officer officer(long id) {
        return accounts.officer(id).map(o -> new CaseOfficers.Officer(id, o.name(), o.username()))
                .orElseThrow(() -> new InvalidInputException("没有编号为 " + id + " 的执法人员", "No officer " + id));
    }

    private CaseEvent event(EnforcementCase kase, Transition step, String from, StepValues record) {
        Map<String, Object> facts = ledgerFacts.of(kase);
        facts.put("transition", step.name());
        facts.put("from", from);
        facts.put("record", CaseData.plain(record));
        long id = kase.getId();
        if (step.opensCase()) {
            return new CaseEvent.Opened(id, kase.getAgencyId(), facts);
        }
        return switch (step.name()) {
            case "decide", "decide-on-spot" -> new CaseEvent.Decided(id, kase.getAgencyId(), facts);
            case "close" -> new CaseEvent.Closed(id, kase.getAgencyId(), facts);
            default -> new CaseEvent.StepTaken(id, kase.getAgencyId(), facts);
        };
    }

    private String agencyCode(EnforcementCase kase) {
        return agencies.creditCode(kase.getAgencyId()).orElse(null);
    }

    private static void requireText(String value, String zh, String en) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("请填写" + zh, en + " is required");
        }
    }

    private static String limited(String title) {
        return title.length() > 200 ? title.substring(0, 200) : title;
    }

}
