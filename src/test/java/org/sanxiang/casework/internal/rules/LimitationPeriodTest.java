package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class LimitationPeriodTest {

    final LimitationPeriod rule = new LimitationPeriod();

    /** An act of 2024-03-01 whose clue came in on this day. */
    static CaseSteps discoveredOn(String day) {
        return step("propose-filing").fact("clueReceivedOn", day(day)).input("actOn", day("2024-03-01"));
    }

    @Test
    void anActUndiscoveredForTwoYearsIsNoLongerPunished() {
        allowed(rule, discoveredOn("2026-03-01"));
        refused(rule, discoveredOn("2026-03-02"), "违法行为自2024-03-01起已超过 2 年才被发现，不再给予行政处罚");
    }

    @Test
    void whereLifeHealthOrFinanceWasHarmedThePeriodIsFiveYears() {
        allowed(rule, discoveredOn("2029-03-01").input("harmsLifeHealthFinance", true));
        refused(rule, discoveredOn("2029-03-02").input("harmsLifeHealthFinance", true), "已超过 5 年才被发现");
    }

    @Test
    void aContinuingActIsCountedFromItsEnd() {
        allowed(rule, discoveredOn("2026-12-01").input("actEndedOn", day("2025-06-30")));
        refused(rule, discoveredOn("2027-07-01").input("actEndedOn", day("2025-06-30")), "违法行为自2025-06-30起");
    }

    @Test
    void theFilingIsApprovedOnTheFactsTheProposalRecorded() {
        refused(rule, step("approve-filing").fact("clueReceivedOn", day("2026-03-02")).fact("actOn", day("2024-03-01")),
                "已超过 2 年");
    }

    @Test
    void withoutAClueDateTheActIsDiscoveredToday() {
        refused(rule, step("propose-filing").input("actOn", day("2024-11-30")), "已超过 2 年");
        allowed(rule, step("propose-filing").input("actOn", day("2024-12-01")));
    }
}
