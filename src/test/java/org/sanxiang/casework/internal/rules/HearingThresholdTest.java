package org.sanxiang.casework.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
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

class HearingThresholdTest {

    final HearingThreshold rule = new HearingThreshold(RuleSettings.seeds());

    /** The notice of a proposed fine, without a word on the hearing. */
    static CaseSteps notice(PartyKind party, String fine) {
        return step("serve-notice").against(party).fact("proposedPenalty", "FINE").fact("proposedFine", yuan(fine));
    }

    static CaseSteps request(PartyKind party, String fine) {
        return step("request-hearing").against(party).fact("proposedPenalty", "FINE").fact("proposedFine", yuan(fine));
    }

    @Test
    void aPartyFacingAFineOfTenThousandYuanIsToldOfTheRightToAHearing() {
        refused(rule, notice(PartyKind.NATURAL_PERSON, "10000"), "拟作出的处罚属于听证范围，告知书须告知当事人有要求听证的权利");
        refused(rule, notice(PartyKind.INDIVIDUAL_BUSINESS, "10000"), "属于听证范围");
        allowed(rule, notice(PartyKind.NATURAL_PERSON, "10000").input("hearingRightNotified", true));
        allowed(rule, notice(PartyKind.NATURAL_PERSON, "9999.99"));
    }

    @Test
    void anOrganisationHasTheRightFromAHundredThousandYuan() {
        refused(rule, notice(PartyKind.ORGANISATION, "100000"), "属于听证范围");
        allowed(rule, notice(PartyKind.ORGANISATION, "99999.99"));
    }

    @Test
    void aRevocationAClosureOrALargeConfiscationCarriesTheRightWhateverTheFine() {
        refused(rule, step("serve-notice").fact("proposedPenalty", "LICENCE"), "属于听证范围");
        refused(rule, step("serve-notice").fact("proposedPenalty", "BUSINESS"), "属于听证范围");
        refused(rule, step("serve-notice").fact("proposedPenalty", "CONFISCATION").fact("baseAmount", yuan("10000")),
                "属于听证范围");
        allowed(rule, step("serve-notice").fact("proposedPenalty", "CONFISCATION").fact("baseAmount", yuan("9999")));
        allowed(rule, step("serve-notice").fact("proposedPenalty", "WARNING"));
    }

    @Test
    void aHearingIsHeldOnlyForSuchPenalties() {
        allowed(rule, request(PartyKind.NATURAL_PERSON, "10000"));
        refused(rule, request(PartyKind.NATURAL_PERSON, "9999.99"), "拟作出的处罚不属于听证范围", "不组织听证");
    }

    @Test
    void anAgencyOrItsProvinceSetsWhatALargeFineIs() {
        HearingThreshold local = new HearingThreshold(RuleSettings.of(Map.of(
                "sanxiang.rules.hearing-threshold.agencies." + AGENCY_CODE + ".min-fine-organisation", "50000",
                "sanxiang.rules.hearing-threshold.min-fine-person", "5000")));
        assertThat(local.qualifies(notice(PartyKind.ORGANISATION, "50000").build())).isTrue();
        assertThat(local.qualifies(notice(PartyKind.ORGANISATION, "50000").ofAgency("12430400000000000X").build()))
                .as("another agency keeps the seed's ¥100,000").isFalse();
        assertThat(local.qualifies(notice(PartyKind.NATURAL_PERSON, "5000").build())).as("the province's ¥5,000")
                .isTrue();
        assertThat(rule.qualifies(notice(PartyKind.NATURAL_PERSON, "5000").build())).isFalse();
    }
}
