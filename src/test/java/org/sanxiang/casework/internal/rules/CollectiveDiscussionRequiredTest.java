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
import org.sanxiang.platform.rule.RuleSettings;

class CollectiveDiscussionRequiredTest {

    final CollectiveDiscussionRequired rule = new CollectiveDiscussionRequired(RuleSettings.seeds());

    static CaseSteps fine(PartyKind party, String amount) {
        return step("decide").in("NOTIFIED").against(party).input("outcome", "PENALTY").input("penalty", "FINE")
                .input("fine", yuan(amount));
    }

    @Test
    void aFineOfTenThousandYuanToAPersonIsDecidedByTheHeadsCollectively() {
        refused(rule, fine(PartyKind.NATURAL_PERSON, "10000"), "重大行政处罚，须经机关负责人集体讨论后决定");
        refused(rule, fine(PartyKind.INDIVIDUAL_BUSINESS, "10000"), "集体讨论");
        allowed(rule, fine(PartyKind.NATURAL_PERSON, "9999.99"));
    }

    @Test
    void aFineOfAHundredThousandYuanToAnOrganisationIsDecidedByTheHeadsCollectively() {
        refused(rule, fine(PartyKind.ORGANISATION, "100000"), "集体讨论");
        allowed(rule, fine(PartyKind.ORGANISATION, "99999.99"));
    }

    @Test
    void aRevocationOrAClosureIsAlwaysDecidedCollectively() {
        refused(rule, step("decide").input("outcome", "PENALTY").input("penalty", "LICENCE"), "集体讨论");
        refused(rule, step("decide").input("outcome", "PENALTY").input("penalty", "BUSINESS"), "集体讨论");
        allowed(rule, step("decide").input("outcome", "PENALTY").input("penalty", "WARNING"));
    }

    @Test
    void afterTheDiscussionOrWithoutPenaltyTheHeadDecides() {
        allowed(rule, fine(PartyKind.ORGANISATION, "200000").in("DISCUSSED").taken("discuss-collectively",
                CaseSteps.TODAY.minusDays(1)));
        allowed(rule, step("decide").input("outcome", "NO_PENALTY").input("fine", yuan("200000")));
    }

    @Test
    void anAgencyMayCallALowerFineMajor() {
        CollectiveDiscussionRequired local = new CollectiveDiscussionRequired(RuleSettings.of(Map.of(
                "sanxiang.rules.collective-discussion-required.agencies." + AGENCY_CODE + ".min-fine-person", "5000")));
        refused(local, fine(PartyKind.NATURAL_PERSON, "5000"), "集体讨论");
        allowed(local, fine(PartyKind.NATURAL_PERSON, "5000").ofAgency("12430400000000000X"));
        refused(local, fine(PartyKind.ORGANISATION, "100000"), "集体讨论");
    }
}
