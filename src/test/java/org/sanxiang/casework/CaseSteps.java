package org.sanxiang.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.casework.CaseFacts.AssignedOfficer;
import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.CaseFacts.LinkedEvidence;
import org.sanxiang.casework.CaseFacts.TakenStep;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.Text;

/**
 * Steps asked of a case, for the casework tests: unless changed, a general-procedure case of 蒸湘区市场监督管理局
 * against a natural person, in the first state the step may be taken from, handled by two qualified officers
 * (王明 1 and 李华 2), the step taken by 王明 on {@link #TODAY} at {@link #NOW}.
 *
 * <pre>{@code
 * CaseStep s = CaseSteps.step("decide").input("outcome", "PENALTY").deadline(Deadlines.STATEMENT_PERIOD, day).build();
 * }</pre>
 */
public final class CaseSteps {

    public static final String AGENCY_CODE = "11430408MB1C23456X";
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final Instant NOW = at(TODAY, 10, 0);

    public static final CurrentUser OFFICER = user(11, "wangming", "王明", Role.OFFICER);
    public static final CurrentUser UNIT_HEAD = user(12, "zhaoke", "赵科长", Role.UNIT_HEAD);
    public static final CurrentUser AGENCY_HEAD = user(13, "sunju", "孙局长", Role.AGENCY_HEAD);

    private final String transition;
    private Procedure procedure = Procedure.GENERAL_PENALTY;
    private String state;
    private PartyKind party = PartyKind.NATURAL_PERSON;
    private String agencyCode = AGENCY_CODE;
    private final Map<String, Object> data = new HashMap<>();
    private final Map<String, Object> input = new HashMap<>();
    private List<AssignedOfficer> officers = List.of(officer(1, "王明"), officer(2, "李华"));
    private final List<TakenStep> steps = new ArrayList<>();
    private final List<LinkedEvidence> evidence = new ArrayList<>();
    private AvLevel avLevel = AvLevel.NONE;
    private final List<Deadline> deadlines = new ArrayList<>();
    private CurrentUser actor = OFFICER;
    private Long actorOfficer = 1L;
    private LocalDate today = TODAY;
    private Instant now = NOW;
    private final Map<Class<?>, Object> contributed = new HashMap<>();

    private CaseSteps(String transition) {
        this.transition = transition;
    }

    /** A step of the general procedure. */
    public static CaseSteps step(String transition) {
        return new CaseSteps(transition);
    }

    /** A step of another procedure. */
    public static CaseSteps step(Procedure procedure, String transition) {
        return new CaseSteps(transition).procedure(procedure);
    }

    public CaseSteps procedure(Procedure procedure) {
        this.procedure = procedure;
        return this;
    }

    /** The case's state before the step; by default the first its procedure takes it from. */
    public CaseSteps in(String state) {
        this.state = state;
        return this;
    }

    public CaseSteps against(PartyKind party) {
        this.party = party;
        return this;
    }

    public CaseSteps ofAgency(String agencyCode) {
        this.agencyCode = agencyCode;
        return this;
    }

    /** A value of the step's record. */
    public CaseSteps input(String name, Object value) {
        input.put(name, value);
        return this;
    }

    /** A fact the case's earlier steps recorded. */
    public CaseSteps fact(String name, Object value) {
        data.put(name, value);
        return this;
    }

    public CaseSteps officers(AssignedOfficer... officers) {
        this.officers = List.of(officers);
        return this;
    }

    /** A step taken earlier, at noon of the day, with its record as name/value pairs. */
    public CaseSteps taken(String transition, LocalDate day, Object... record) {
        return taken(transition, at(day, 12, 0), record);
    }

    public CaseSteps taken(String transition, Instant at, Object... record) {
        steps.add(takenStep(transition, at, record));
        return this;
    }

    public CaseSteps evidence(EvidenceKind kind, String step, Instant capturedAt) {
        evidence.add(new LinkedEvidence(evidence.size() + 1, kind, step, capturedAt));
        return this;
    }

    public CaseSteps av(AvLevel level) {
        this.avLevel = level;
        return this;
    }

    /** An open time limit of the case. */
    public CaseSteps deadline(String kind, LocalDate due) {
        return deadline(kind, due, null);
    }

    public CaseSteps deadline(String kind, LocalDate due, LocalDate metOn) {
        deadlines.add(new Deadline(kind, new Text(kind, kind), due, "test", metOn, true));
        return this;
    }

    /** Who takes the step, and the officer linked to her account ({@code null}: none). */
    public CaseSteps by(CurrentUser actor, Long actorOfficer) {
        this.actor = actor;
        this.actorOfficer = actorOfficer;
        return this;
    }

    public CaseSteps on(LocalDate today) {
        this.today = today;
        this.now = at(today, 10, 0);
        return this;
    }

    public CaseStep build() {
        String from = state != null ? state : Procedures.of(procedure).transition(transition)
                .map(t -> t.from().stream().sorted().findFirst().orElseThrow()).orElse(CaseStep.START);
        CaseFacts kase = new CaseFacts(7, 3, agencyCode, "蒸市监P〔2026〕1号", "market", party, TODAY.minusMonths(1),
                new StepValues(data), officers, steps, evidence, avLevel, deadlines);
        return new CaseStep(transition, procedure, from, kase, new StepValues(input), actor, actorOfficer, today,
                now, contributed);
    }

    /** Facts another module adds to the step (the legal review's standing). */
    public <T> CaseSteps contributed(Class<T> type, T facts) {
        contributed.put(type, facts);
        return this;
    }

    /** An officer of the case who may act in its domain today. */
    public static AssignedOfficer officer(long id, String name) {
        return new AssignedOfficer(id, name, "officer" + id, true, List.of());
    }

    /** An officer of the case whom the registry does not let act, for this reason. */
    public static AssignedOfficer unqualified(long id, String name, String reason) {
        return new AssignedOfficer(id, name, "officer" + id, false, List.of(new Refusal("credential-not-expired",
                "test", 409, new Text(reason, reason))));
    }

    public static TakenStep takenStep(String transition, Instant at, Object... record) {
        return new TakenStep(transition, at, "wangming", values(record));
    }

    /** Values from name/value pairs. */
    public static StepValues values(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return new StepValues(values);
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The instant of this hour and minute of the day, in China. */
    public static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ChinaTime.ZONE).toInstant();
    }

    private static CurrentUser user(long id, String username, String name, Role role) {
        return new CurrentUser(id, username, name, 3L, Set.of(role));
    }
}
