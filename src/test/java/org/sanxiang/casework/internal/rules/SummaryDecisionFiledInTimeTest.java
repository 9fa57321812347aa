package org.sanxiang.casework.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.Procedure;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.RuleSettings;

class SummaryDecisionFiledInTimeTest {

    final SummaryDecisionFiledInTime indicator = new SummaryDecisionFiledInTime(RuleSettings.seeds());

    static CaseSteps filingOn(String today) {
        return step(Procedure.SUMMARY_PENALTY, "file-record").deadline(Deadlines.SUMMARY_FILING, day("2026-10-15"))
                .on(day(today));
    }

    @Test
    void aDecisionOnTheSpotIsFiledWithTheAgencyWithinSevenWorkingDaysUnlessTheAgencySetsOther() {
        assertThat(indicator.workingDays(null)).isEqualTo(7);
        assertThat(new SummaryDecisionFiledInTime(RuleSettings.of(Map.of("sanxiang.rules.summary-decision-filed-in-time"
                + ".agencies." + CaseSteps.AGENCY_CODE + ".working-days", "3"))).workingDays(CaseSteps.AGENCY_CODE))
                .isEqualTo(3);
    }

    @Test
    void aFilingAfterItsPeriodIsTakenAndFlagged() {
        assertThat(indicator.check(filingOn("2026-10-15").build())).isEmpty();
        assertThat(indicator.check(filingOn("2026-10-16").build())).hasValueSatisfying(flag -> assertThat(
                flag.messages().zh()).contains("备案期限已于 2026-10-15 届满"));
    }
}
