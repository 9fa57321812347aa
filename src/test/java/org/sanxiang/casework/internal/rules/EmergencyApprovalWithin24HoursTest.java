package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.AGENCY_HEAD;
import static org.sanxiang.casework.CaseSteps.NOW;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;
import org.sanxiang.casework.Procedure;

class EmergencyApprovalWithin24HoursTest {

    final EmergencyApprovalWithin24Hours rule = new EmergencyApprovalWithin24Hours();

    static CaseSteps approvalAfter(Duration elapsed) {
        return step(Procedure.COERCIVE_MEASURE, "approve-emergency").by(AGENCY_HEAD, null)
                .taken("apply-emergency", NOW.minus(elapsed));
    }

    @Test
    void aMeasureTakenOnTheSpotIsApprovedWithinTwentyFourHours() {
        allowed(rule, approvalAfter(Duration.ofHours(3)));
        allowed(rule, approvalAfter(Duration.ofHours(24)));
    }

    @Test
    void afterTwentyFourHoursThereIsNoApprovalToMakeUpAndTheMeasureIsReleased() {
        refused(rule, approvalAfter(Duration.ofHours(24).plusSeconds(1)), "当场实施已超过二十四小时，不能补办批准，应当立即解除");
    }

    @Test
    void anEmergencyMeasureIsApprovedOnce() {
        refused(rule, approvalAfter(Duration.ofHours(3)).taken("approve-emergency", NOW.minusSeconds(60)), "已补办批准手续");
    }

    @Test
    void aMeasureApprovedBeforehandNeedsNoLateApproval() {
        refused(rule, step(Procedure.COERCIVE_MEASURE, "approve-emergency").taken("apply-measure", NOW),
                "不是情况紧急时当场实施的");
    }
}
