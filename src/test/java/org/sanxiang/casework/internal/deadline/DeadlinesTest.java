package org.sanxiang.casework.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.CaseSteps.at;
import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.takenStep;
import static org.sanxiang.casework.CaseSteps.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.internal.ShippedCalendar;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.CaseFacts.Deadline;
import org.sanxiang.casework.CaseFacts.TakenStep;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.rules.SummaryDecisionFiledInTime;
import org.sanxiang.platform.rule.RuleSettings;

/**
 * The time limits of a case on the real holiday calendar Sanxiang ships. National Day 2026: 1–7 October off,
 * Sunday 20 September and Saturday 10 October worked; 30 September is the last working day before it.
 */
class DeadlinesTest {

    final Deadlines deadlines = new Deadlines(ShippedCalendar.get(),
            new SummaryDecisionFiledInTime(RuleSettings.seeds()));

    static final LocalDate BEFORE_NATIONAL_DAY = day("2026-09-30");

    Deadline general(String kind, StepValues facts, LocalDate today, TakenStep... steps) {
        return of(Procedure.GENERAL_PENALTY, kind, facts, today, steps);
    }

    Deadline of(Procedure procedure, String kind, StepValues facts, LocalDate today, TakenStep... steps) {
        List<Deadline> all = deadlines.of(procedure, null, facts, List.of(steps), today);
        assertThat(all).extracting(Deadline::kind).as("the deadlines").contains(kind);
        return all.stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }

    static TakenStep step(String transition, String day, Object... record) {
        return takenStep(transition, at(day(day), 12, 0), record);
    }

    @Test
    void aNoticeServedTheDayBeforeNationalDayLeavesFiveWorkingDaysAfterTheHoliday() {
        StepValues facts = values("noticeServedOn", BEFORE_NATIONAL_DAY);
        // 8, 9, 10 (a make-up Saturday), 12 and 13 October
        Deadline statement = general(Deadlines.STATEMENT_PERIOD, facts, day("2026-10-13"));
        assertThat(statement.due()).isEqualTo(day("2026-10-13"));
        assertThat(statement.duty()).as("the party's period, not the agency's duty").isFalse();
        assertThat(statement.open()).isTrue();
        assertThat(general(Deadlines.STATEMENT_PERIOD, facts, day("2026-10-14")).metOn()).as("over in silence")
                .isEqualTo(day("2026-10-13"));
        assertThat(general(Deadlines.HEARING_REQUEST, facts, day("2026-10-09")).due()).isEqualTo(day("2026-10-13"));
    }

    @Test
    void aHearingAskedForMeetsThePeriodToAskForIt() {
        StepValues facts = values("noticeServedOn", BEFORE_NATIONAL_DAY, "hearingRequestedOn", day("2026-10-09"));
        assertThat(general(Deadlines.HEARING_REQUEST, facts, day("2026-10-10")).metOn()).isEqualTo(day("2026-10-09"));
    }

    @Test
    void aStatementMadeMeetsThePeriodForIt() {
        StepValues facts = values("noticeServedOn", BEFORE_NATIONAL_DAY, "statementOn", day("2026-10-09"));
        assertThat(general(Deadlines.STATEMENT_PERIOD, facts, day("2026-10-09")).metOn()).isEqualTo(day("2026-10-09"));
        StepValues waived = values("noticeServedOn", BEFORE_NATIONAL_DAY, "statementWaivedOn", day("2026-10-08"));
        assertThat(general(Deadlines.STATEMENT_PERIOD, waived, day("2026-10-09")).metOn()).isEqualTo(day("2026-10-08"));
    }

    @Test
    void aNoticeServedByPublicNoticeLeavesFiveWorkingDaysAfterItCountsAsServed() {
        StepValues facts = values("noticeServedOn", day("2026-03-02"), "noticeMethod", "PUBLIC_NOTICE");
        // served on 1 April; 2, 3, then 7, 8 and 9 April (Qingming 4–6 April)
        assertThat(general(Deadlines.STATEMENT_PERIOD, facts, day("2026-03-10")).due()).isEqualTo(day("2026-04-09"));
        assertThat(general(Deadlines.HEARING_REQUEST, facts, day("2026-03-10")).due()).isEqualTo(day("2026-04-09"));
    }

    @Test
    void aCaseIsDecidedWithinNinetyCalendarDaysOfFiling() {
        Deadline limit = general(Deadlines.CASE_TIME_LIMIT, values("filedOn", day("2026-03-02")), day("2026-04-01"));
        assertThat(limit.due()).isEqualTo(day("2026-05-31"));
        assertThat(limit.duty()).isTrue();
        assertThat(limit.missedOn(day("2026-05-31"))).isFalse();
        assertThat(limit.missedOn(day("2026-06-01"))).isTrue();
    }

    @Test
    void anExtensionOfThirtyDaysAndATestingPeriodDoNotCountInTheCasesLimit() {
        StepValues facts = values("filedOn", day("2026-03-02"));
        TakenStep extended = step("extend-time-limit", "2026-05-20", "days", 30);
        TakenStep testing = step("start-testing", "2026-03-10", "testingStartedOn", day("2026-03-10"));
        TakenStep tested = step("end-testing", "2026-03-20", "testingEndedOn", day("2026-03-20"));
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-05-21"), extended).due())
                .isEqualTo(day("2026-06-30"));
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-05-21"), testing, tested, extended).due())
                .as("ten days at the laboratory").isEqualTo(day("2026-07-10"));
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-03-15"), testing).due())
                .as("testing still under way: five days so far").isEqualTo(day("2026-06-05"));
    }

    @Test
    void aSuspensionAndAHearingDoNotCountInTheCasesLimit() {
        StepValues facts = values("filedOn", day("2026-03-02"), "hearingRequestedOn", day("2026-04-01"),
                "heardOn", day("2026-04-15"));
        TakenStep suspended = step("suspend-case", "2026-03-05", "suspendedOn", day("2026-03-05"));
        TakenStep resumed = step("resume-case", "2026-03-12", "resumedOn", day("2026-03-12"));
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-04-20"), suspended, resumed).due())
                .as("7 days suspended, 14 days from the request to the hearing").isEqualTo(day("2026-06-21"));
    }

    @Test
    void thePublicNoticesThirtyDaysDoNotCountInTheCasesLimit() {
        StepValues facts = values("filedOn", day("2026-03-02"), "noticeServedOn", day("2026-04-01"), "noticeMethod",
                "PUBLIC_NOTICE");
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-05-20")).due())
                .as("90 days and the 30 of the notice").isEqualTo(day("2026-06-30"));
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-04-11")).due())
                .as("the notice published ten days ago").isEqualTo(day("2026-06-10"));
        StepValues direct = values("filedOn", day("2026-03-02"), "noticeServedOn", day("2026-04-01"), "noticeMethod",
                "DIRECT");
        assertThat(general(Deadlines.CASE_TIME_LIMIT, direct, day("2026-05-20")).due()).isEqualTo(day("2026-05-31"));
    }

    @Test
    void theDecisionMeetsTheCasesLimit() {
        StepValues facts = values("filedOn", day("2026-03-02"), "decidedOn", day("2026-05-06"));
        assertThat(general(Deadlines.CASE_TIME_LIMIT, facts, day("2026-06-20")).metOn()).isEqualTo(day("2026-05-06"));
    }

    @Test
    void aDecisionServedByPublicNoticeCountsAsServedThirtyDaysLaterForThePayment() {
        StepValues notice = values("servedOn", day("2026-03-02"), "method", "PUBLIC_NOTICE", "outcome", "PENALTY");
        assertThat(Deadlines.deemedServed(notice)).hasValue(day("2026-04-01"));
        assertThat(general(Deadlines.PAYMENT, notice, day("2026-03-02")).due()).as("fifteen days after")
                .isEqualTo(day("2026-04-16"));
        StepValues direct = values("servedOn", day("2026-03-02"), "method", "DIRECT", "outcome", "PENALTY");
        assertThat(general(Deadlines.PAYMENT, direct, day("2026-03-02")).due()).isEqualTo(day("2026-03-17"));
    }

    @Test
    void thePaymentIsDeferredToTheDayTheHeadApproved() {
        StepValues facts = values("servedOn", day("2026-03-02"), "method", "DIRECT", "outcome", "PENALTY",
                "payBy", day("2026-06-30"));
        assertThat(general(Deadlines.PAYMENT, facts, day("2026-03-10")).due()).isEqualTo(day("2026-06-30"));
    }

    @Test
    void theCourtIsAskedWithinThreeMonthsAfterTheSixMonthsToSue() {
        StepValues facts = values("servedOn", day("2026-03-02"), "method", "DIRECT", "outcome", "PENALTY");
        Deadline court = general(Deadlines.COURT_APPLICATION, facts, day("2026-03-02"));
        assertThat(court.due()).isEqualTo(day("2026-12-02"));
        assertThat(court.duty()).isTrue();
        assertThat(general(Deadlines.COURT_APPLICATION, facts.with(Map.of("paidOn", day("2026-03-10"))),
                day("2026-03-10")).metOn()).as("paid: nothing to enforce").isEqualTo(day("2026-03-10"));
    }

    @Test
    void aDecisionWithoutPenaltyHasNothingToPay() {
        StepValues facts = values("servedOn", day("2026-03-02"), "method", "DIRECT", "outcome", "NO_PENALTY");
        assertThat(deadlines.of(Procedure.GENERAL_PENALTY, null, facts, List.of(), day("2026-03-02")))
                .extracting(Deadline::kind).doesNotContain(Deadlines.PAYMENT, Deadlines.COURT_APPLICATION);
    }

    @Test
    void anOnTheSpotDecisionIsFiledWithTheAgencyWithinItsWorkingDays() {
        StepValues decided = values("decidedOn", BEFORE_NATIONAL_DAY);
        Deadline filing = of(Procedure.SUMMARY_PENALTY, Deadlines.SUMMARY_FILING, decided, day("2026-10-01"));
        assertThat(filing.due()).as("seven working days after National Day").isEqualTo(day("2026-10-15"));
        assertThat(filing.duty()).isTrue();
        assertThat(of(Procedure.SUMMARY_PENALTY, Deadlines.SUMMARY_FILING, decided.with(Map.of("recordFiledOn",
                day("2026-10-09"))), day("2026-10-09")).metOn()).isEqualTo(day("2026-10-09"));

        Deadlines local = new Deadlines(ShippedCalendar.get(), new SummaryDecisionFiledInTime(RuleSettings.of(Map.of(
                "sanxiang.rules.summary-decision-filed-in-time.agencies." + CaseSteps.AGENCY_CODE + ".working-days",
                "3"))));
        assertThat(local.of(Procedure.SUMMARY_PENALTY, CaseSteps.AGENCY_CODE, decided, List.of(), day("2026-10-01")))
                .extracting(Deadline::due).as("an agency's own period").containsExactly(day("2026-10-10"));
    }

    @Test
    void theDecisionIsServedWithinSevenWorkingDays() {
        Deadline service = general(Deadlines.DECISION_SERVICE, values("decidedOn", BEFORE_NATIONAL_DAY),
                day("2026-10-01"));
        assertThat(service.due()).isEqualTo(day("2026-10-15"));
    }

    @Test
    void preservedEvidenceIsDecidedOnWithinSevenWorkingDays() {
        Deadline preservation = general(Deadlines.PRESERVATION_DECISION, values("preservedOn", BEFORE_NATIONAL_DAY),
                day("2026-10-01"));
        assertThat(preservation.due()).isEqualTo(day("2026-10-15"));
        assertThat(preservation.open()).isTrue();
        assertThat(general(Deadlines.PRESERVATION_DECISION, values("preservedOn", BEFORE_NATIONAL_DAY,
                "preservationDecidedOn", day("2026-09-01")), day("2026-10-01")).open())
                .as("the decision on an earlier preservation").isTrue();
        assertThat(general(Deadlines.PRESERVATION_DECISION, values("preservedOn", BEFORE_NATIONAL_DAY,
                "preservationDecidedOn", day("2026-10-09")), day("2026-10-09")).metOn()).isEqualTo(day("2026-10-09"));
    }

    @Test
    void aClueIsVerifiedWithinFifteenWorkingDaysOrThirtyWhenExtended() {
        StepValues facts = values("clueReceivedOn", BEFORE_NATIONAL_DAY);
        assertThat(general(Deadlines.CLUE_VERIFICATION, facts, day("2026-10-08")).due()).isEqualTo(day("2026-10-27"));
        assertThat(general(Deadlines.CLUE_VERIFICATION, facts, day("2026-10-20"),
                step("extend-verification", "2026-10-20")).due()).isEqualTo(day("2026-11-17"));
        assertThat(general(Deadlines.CLUE_VERIFICATION, facts, day("2026-10-20"),
                step("propose-filing", "2026-10-20")).metOn()).isEqualTo(day("2026-10-20"));
    }

    @Test
    void aSeizureLastsThirtyCalendarDaysAndThirtyMoreWhenExtended() {
        StepValues facts = values("appliedOn", BEFORE_NATIONAL_DAY);
        assertThat(of(Procedure.COERCIVE_MEASURE, Deadlines.MEASURE_PERIOD, facts, day("2026-10-08")).due())
                .as("National Day counts: the period is not in working days").isEqualTo(day("2026-10-30"));
        assertThat(of(Procedure.COERCIVE_MEASURE, Deadlines.MEASURE_PERIOD, facts, day("2026-10-28"),
                step("extend-measure", "2026-10-28", "days", 30)).due()).isEqualTo(day("2026-11-29"));
        assertThat(of(Procedure.COERCIVE_MEASURE, Deadlines.MEASURE_PERIOD, facts, day("2026-10-28"),
                step("start-testing", "2026-10-10", "testingStartedOn", day("2026-10-10")),
                step("end-testing", "2026-10-22", "testingEndedOn", day("2026-10-22"))).due())
                .as("twelve days of testing do not count").isEqualTo(day("2026-11-11"));
        assertThat(of(Procedure.COERCIVE_MEASURE, Deadlines.MEASURE_PERIOD, facts.with(Map.of(
                "releasedOn", day("2026-10-20"))), day("2026-10-20")).metOn()).isEqualTo(day("2026-10-20"));
    }

    /** 行政强制法 第二十七条: within the period the agency decides; the seized goods disposed of by it end the measure. */
    @Test
    void aSeizureDisposedOfByTheDecisionWithinItsPeriodMetIt() {
        StepValues disposed = values("appliedOn", BEFORE_NATIONAL_DAY, "disposedOn", day("2026-10-20"));
        Deadline period = of(Procedure.COERCIVE_MEASURE, Deadlines.MEASURE_PERIOD, disposed, day("2026-12-01"));
        assertThat(period.metOn()).isEqualTo(day("2026-10-20"));
        assertThat(period.missedOn(day("2026-12-01"))).isFalse();
    }

    @Test
    void anEmergencyMeasureIsApprovedWithinTwentyFourHours() {
        TakenStep emergency = takenStep("apply-emergency", at(day("2026-11-30"), 22, 0));
        Deadline approval = of(Procedure.COERCIVE_MEASURE, Deadlines.EMERGENCY_APPROVAL, values(), day("2026-11-30"),
                emergency);
        assertThat(approval.due()).as("22:00 on 30 November, China time").isEqualTo(day("2026-12-01"));
        assertThat(approval.duty()).isTrue();
        assertThat(of(Procedure.COERCIVE_MEASURE, Deadlines.EMERGENCY_APPROVAL, values("emergencyApprovedOn",
                day("2026-12-01")), day("2026-12-01"), emergency).metOn()).isEqualTo(day("2026-12-01"));
    }
}
