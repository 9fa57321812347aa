package org.sanxiang.casework.internal.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.sanxiang.casework.CaseStep.START;
import static org.sanxiang.casework.internal.procedure.Transition.step;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.procedure.Field.Type;
import org.sanxiang.platform.Role;

class ProceduresTest {

    static final ProcedureDefinition GENERAL = Procedures.of(Procedure.GENERAL_PENALTY);

    @Test
    void everyProcedureOpensWithAStepFromTheStart() {
        for (Procedure procedure : Procedure.values()) {
            assertThat(Procedures.of(procedure)).as(procedure.name()).isNotNull();
            assertThat(Procedures.of(procedure).openings()).as(procedure + " opens").isNotEmpty()
                    .allSatisfy(t -> assertThat(t.stays()).as(t.name() + " leads somewhere").isFalse());
        }
        assertThat(GENERAL.openings()).extracting(Transition::name).containsExactly("register-clue");
        assertThat(Procedures.of(Procedure.SUMMARY_PENALTY).openings()).extracting(Transition::name)
                .containsExactly("decide-on-spot");
        assertThat(Procedures.of(Procedure.COERCIVE_MEASURE).openings()).extracting(Transition::name)
                .containsExactlyInAnyOrder("propose-measure", "report-emergency");
    }

    @Test
    void everyStateIsReachedFromTheStart() {
        for (ProcedureDefinition procedure : Procedures.all()) {
            assertThat(reachable(procedure, Set.of())).as(procedure.procedure() + " reaches")
                    .containsExactlyInAnyOrderElementsOf(procedure.states().stream().map(State::name).toList());
        }
    }

    @Test
    void everyStateButAFinalOneHasAWayOutAndAFinalOneHasNone() {
        for (ProcedureDefinition procedure : Procedures.all()) {
            for (State state : procedure.states()) {
                List<Transition> out = procedure.from(state.name()).stream().filter(t -> !t.stays()).toList();
                if (state.terminal()) {
                    assertThat(procedure.from(state.name())).as(procedure.procedure() + ": after " + state.name())
                            .isEmpty();
                } else {
                    assertThat(out).as(procedure.procedure() + ": out of " + state.name()).isNotEmpty();
                }
            }
            assertThat(procedure.states()).as(procedure.procedure() + " ends").anyMatch(State::terminal);
        }
    }

    @Test
    void theGeneralProcedureGoesFromClueToClosureInTheOrderOfTheLaw() {
        assertThat(GENERAL.states()).extracting(State::name).containsExactly("CLUE", "FILING_PROPOSED", "NOT_FILED",
                "INVESTIGATION", "INVESTIGATED", "CASE_REVIEWED", "NOTIFIED", "HEARING_REQUESTED", "HEARING_SCHEDULED",
                "HEARD", "DISCUSSED", "DECIDED", "SERVED", "EXECUTED", "COURT_APPLIED", "CLOSED");
        String state = START;
        for (String[] step : new String[][] {{"register-clue", "CLUE"}, {"propose-filing", "FILING_PROPOSED"},
            {"approve-filing", "INVESTIGATION"}, {"conclude-investigation", "INVESTIGATED"},
            {"review-case", "CASE_REVIEWED"}, {"serve-notice", "NOTIFIED"}, {"request-hearing", "HEARING_REQUESTED"},
            {"notify-hearing", "HEARING_SCHEDULED"}, {"hold-hearing", "HEARD"}, {"decide", "DECIDED"},
            {"serve-decision", "SERVED"}, {"record-payment", "EXECUTED"}, {"close", "CLOSED"}}) {
            Transition t = GENERAL.transition(step[0]).orElseThrow();
            assertThat(t.from()).as(step[0] + " from").contains(state);
            state = t.target(state);
            assertThat(state).as("after " + step[0]).isEqualTo(step[1]);
        }
    }

    @Test
    void noStepOfTheGeneralProcedureSkipsOneTheLawPutsBeforeIt() {
        assertThat(reachable(GENERAL, Set.of("FILING_PROPOSED"))).as("investigation without filing")
                .doesNotContain("INVESTIGATION");
        assertThat(reachable(GENERAL, Set.of("INVESTIGATED"))).as("a notice without a report")
                .doesNotContain("CASE_REVIEWED", "NOTIFIED");
        assertThat(reachable(GENERAL, Set.of("CASE_REVIEWED"))).as("a notice without review")
                .doesNotContain("NOTIFIED");
        assertThat(reachable(GENERAL, Set.of("NOTIFIED"))).as("a hearing without notice (第四十四条)")
                .doesNotContain("HEARING_REQUESTED");
        assertThat(reachable(GENERAL, Set.of("HEARING_SCHEDULED"))).as("a hearing without its notice")
                .doesNotContain("HEARD");
        assertThat(reachable(GENERAL, Set.of("DECIDED"))).as("service or execution without a decision")
                .doesNotContain("SERVED", "EXECUTED", "COURT_APPLIED");
        assertThat(reachable(GENERAL, Set.of("SERVED"))).as("execution before service")
                .doesNotContain("EXECUTED", "COURT_APPLIED");
    }

    /** 第四十四条 notifies a proposed penalty; DecisionAfterStatementPeriod refuses a penalty without its notice. */
    @Test
    void aDecisionNotToPenaliseMayFollowTheReviewWithoutANotice() {
        assertThat(GENERAL.transition("decide").orElseThrow().from()).contains("CASE_REVIEWED", "NOTIFIED");
        assertThat(GENERAL.from("INVESTIGATED")).extracting(Transition::to).doesNotContain("DECIDED");
    }

    @Test
    void aMeasureTheHeadRefusesToApproveEndsWithoutBeingApplied() {
        ProcedureDefinition coercive = Procedures.of(Procedure.COERCIVE_MEASURE);
        Transition refuse = coercive.transition("refuse-measure").orElseThrow();
        assertThat(refuse.from()).containsExactly("PROPOSED");
        assertThat(refuse.roles()).containsExactly(Role.AGENCY_HEAD);
        assertThat(coercive.state(refuse.to()).terminal()).isTrue();
        assertThat(reachable(coercive, Set.of("APPROVED", "EMERGENCY"))).as("applied without approval")
                .doesNotContain("APPLIED");
    }

    @Test
    void aHearingAskedForIsHeldBeforeTheDecision() {
        assertThat(GENERAL.from("HEARING_REQUESTED")).extracting(Transition::to).doesNotContain("DECIDED");
        assertThat(GENERAL.from("HEARING_SCHEDULED")).extracting(Transition::to).doesNotContain("DECIDED");
    }

    @Test
    void aPenaltyWithoutPaymentIsClosedOnceServed() {
        assertThat(GENERAL.from("SERVED")).filteredOn(t -> !t.name().equals("record-payment")
                && !t.name().equals("apply-court-enforcement")).extracting(Transition::to)
                .containsAnyOf("EXECUTED", "CLOSED");
    }

    @Test
    void aSeizureIsAppliedAfterTheHeadsApprovalOrAtOnceInAnEmergency() {
        ProcedureDefinition coercive = Procedures.of(Procedure.COERCIVE_MEASURE);
        assertThat(coercive.transitions().stream().filter(t -> "APPLIED".equals(t.to())).map(Transition::name))
                .containsExactlyInAnyOrder("apply-measure", "apply-emergency");
        assertThat(coercive.transition("apply-measure").orElseThrow().from()).containsExactly("APPROVED");
        assertThat(coercive.transition("approve-measure").orElseThrow().roles()).containsExactly(Role.AGENCY_HEAD);
        assertThat(coercive.transition("apply-measure").orElseThrow().avLevel()).isEqualTo(AvLevel.FULL);
        assertThat(coercive.transition("apply-emergency").orElseThrow().avLevel()).isEqualTo(AvLevel.FULL);
    }

    @Test
    void theAgencysHeadDecidesAndAHeadApprovesTheFiling() {
        assertThat(GENERAL.transition("decide").orElseThrow().roles()).containsExactly(Role.AGENCY_HEAD);
        assertThat(GENERAL.transition("approve-filing").orElseThrow().roles()).doesNotContain(Role.OFFICER);
        assertThat(GENERAL.transition("record-inquiry").orElseThrow().roles()).containsExactly(Role.OFFICER);
    }

    @Test
    void aFactKeepsOneTypeInEveryStepThatRecordsIt() {
        for (ProcedureDefinition procedure : Procedures.all()) {
            for (Transition t : procedure.transitions()) {
                for (Field f : t.fields()) {
                    assertThat(procedure.factType(f.name())).as(procedure.procedure() + "." + f.name())
                            .hasValue(f.type());
                    assertThat(f.type() != Type.CHOICE || !f.choices().isEmpty()).as(f.name() + " offers").isTrue();
                }
                assertThat(t.fields()).extracting(Field::name).as(t.name()).doesNotHaveDuplicates();
                t.stamps().forEach(s -> assertThat(procedure.factType(s)).as(s).hasValue(Type.DATE));
            }
        }
    }

    @Test
    void aProcedureRecordingAFactWithTwoTypesIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> new ProcedureDefinition(Procedure.INSPECTION,
                List.of(new State("OPEN", "检查中", "Open", false)), List.of(
                        step("a", "甲", "A").from(START).to("OPEN").fields(Field.required("x", Type.TEXT, "x", "x")),
                        step("b", "乙", "B").from("OPEN").fields(Field.required("x", Type.DATE, "x", "x")))))
                .withMessageContaining("fact x is both TEXT and DATE");
        assertThatIllegalStateException().isThrownBy(() -> new ProcedureDefinition(Procedure.INSPECTION,
                List.of(new State("OPEN", "检查中", "Open", false)), List.of(
                        step("a", "甲", "A").from(START).to("OPEN").fields(Field.required("x", Type.TEXT, "x", "x")),
                        step("b", "乙", "B").from("OPEN").stamps("x"))))
                .withMessageContaining("fact x is both TEXT and DATE");
        assertThatIllegalStateException().isThrownBy(() -> new ProcedureDefinition(Procedure.INSPECTION,
                List.of(new State("OPEN", "检查中", "Open", false)), List.of(step("a", "甲", "A").from(START).to("SHUT"))))
                .withMessageContaining("unknown state");
    }

    /** The facts the rules and the deadlines read, with the type they read them as. */
    @Test
    void theFactsTheRulesReadAreRecordedAsTheyReadThem() {
        Map<String, Type> read = Map.ofEntries(Map.entry("clueReceivedOn", Type.DATE), Map.entry("actOn", Type.DATE),
                Map.entry("actEndedOn", Type.DATE), Map.entry("harmsLifeHealthFinance", Type.YES_NO),
                Map.entry("filedOn", Type.DATE), Map.entry("recusedOfficer", Type.OFFICERS),
                Map.entry("preservedOn", Type.DATE), Map.entry("preservationDecidedOn", Type.DATE),
                Map.entry("testingStartedOn", Type.DATE), Map.entry("testingEndedOn", Type.DATE),
                Map.entry("suspendedOn", Type.DATE), Map.entry("resumedOn", Type.DATE), Map.entry("days", Type.DAYS),
                Map.entry("proposedPenalty", Type.CHOICE), Map.entry("proposedFine", Type.AMOUNT),
                Map.entry("baseAmount", Type.AMOUNT), Map.entry("bandReason", Type.LONG_TEXT),
                Map.entry("noticeServedOn", Type.DATE), Map.entry("hearingRightNotified", Type.YES_NO),
                Map.entry("hearingRequestedOn", Type.DATE), Map.entry("hearingNoticeOn", Type.DATE),
                Map.entry("hearingOn", Type.DATE), Map.entry("presiding", Type.OFFICERS),
                Map.entry("heardOn", Type.DATE),
                Map.entry("outcome", Type.CHOICE), Map.entry("penalty", Type.CHOICE), Map.entry("fine", Type.AMOUNT),
                Map.entry("decidedOn", Type.DATE), Map.entry("servedOn", Type.DATE), Map.entry("method", Type.CHOICE),
                Map.entry("consentSigned", Type.YES_NO), Map.entry("payBy", Type.DATE), Map.entry("paidOn", Type.DATE),
                Map.entry("appliedOn", Type.DATE), Map.entry("violation", Type.TEXT));
        read.forEach((fact, type) -> assertThat(GENERAL.factType(fact)).as(fact).hasValue(type));
        ProcedureDefinition coercive = Procedures.of(Procedure.COERCIVE_MEASURE);
        for (String fact : List.of("appliedOn", "emergencyApprovedOn", "releasedOn", "testingStartedOn",
                "testingEndedOn")) {
            assertThat(coercive.factType(fact)).as(fact).hasValue(Type.DATE);
        }
        assertThat(coercive.factType("days")).hasValue(Type.DAYS);
    }

    @Test
    void theRulesMayNameEveryStepOfEveryProcedure() {
        Set<String> all = new HashSet<>();
        Procedures.all().forEach(p -> p.transitions().forEach(t -> all.add(t.name())));
        assertThat(Procedures.transitionNames()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    /** The states reached from the start without passing through {@code avoided}. */
    static Set<String> reachable(ProcedureDefinition procedure, Set<String> avoided) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(START));
        while (!next.isEmpty()) {
            String state = next.pop();
            for (Transition t : procedure.from(state)) {
                String target = t.target(state);
                if (!avoided.contains(target) && seen.add(target)) {
                    next.push(target);
                }
            }
        }
        return seen;
    }
}
