package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.AGENCY_CODE;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.CaseSteps.yuan;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.PartyKind;
import org.sanxiang.casework.Procedure;
import org.sanxiang.platform.rule.RuleSettings;

class SummaryProcedureLimitsTest {

    final SummaryProcedureLimits rule = new SummaryProcedureLimits(RuleSettings.seeds());

    static CaseSteps onTheSpot(PartyKind party, String fine) {
        return step(Procedure.SUMMARY_PENALTY, "decide-on-spot").against(party).input("penalty", "FINE")
                .input("fine", yuan(fine));
    }

    @Test
    void aPersonIsFinedOnTheSpotTwoHundredYuanAtMost() {
        allowed(rule, onTheSpot(PartyKind.NATURAL_PERSON, "200"));
        allowed(rule, onTheSpot(PartyKind.INDIVIDUAL_BUSINESS, "200.00"));
        refused(rule, onTheSpot(PartyKind.NATURAL_PERSON, "200.01"),
                "对公民当场罚款不得超过 200 元（拟罚 200.01 元），应当适用普通程序");
        refused(rule, onTheSpot(PartyKind.INDIVIDUAL_BUSINESS, "201"), "对公民当场罚款不得超过 200 元");
    }

    @Test
    void anOrganisationIsFinedOnTheSpotThreeThousandYuanAtMost() {
        allowed(rule, onTheSpot(PartyKind.ORGANISATION, "3000"));
        refused(rule, onTheSpot(PartyKind.ORGANISATION, "3000.01"), "对法人或者其他组织当场罚款不得超过 3000 元");
    }

    @Test
    void aWarningIsGivenOnTheSpot() {
        allowed(rule, step(Procedure.SUMMARY_PENALTY, "decide-on-spot").input("penalty", "WARNING"));
    }

    @Test
    void anOnTheSpotFineStatesItsAmount() {
        refused(rule, step(Procedure.SUMMARY_PENALTY, "decide-on-spot").input("penalty", "FINE"), "当场罚款须写明罚款金额");
        refused(rule, onTheSpot(PartyKind.NATURAL_PERSON, "0"), "当场罚款须写明罚款金额");
    }

    @Test
    void aLawOfTheAgencysDomainMaySetALowerLimit() {
        SummaryProcedureLimits local = new SummaryProcedureLimits(RuleSettings.of(Map.of(
                "sanxiang.rules.summary-procedure-limits.agencies." + AGENCY_CODE + ".max-fine-organisation", "1000")));
        refused(local, onTheSpot(PartyKind.ORGANISATION, "1000.01"), "不得超过 1000 元");
        allowed(local, onTheSpot(PartyKind.ORGANISATION, "3000").ofAgency("12430400000000000X"));
        allowed(local, onTheSpot(PartyKind.NATURAL_PERSON, "200"));
    }
}
