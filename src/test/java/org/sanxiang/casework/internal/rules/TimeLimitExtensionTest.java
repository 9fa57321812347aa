package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.AGENCY_HEAD;
import static org.sanxiang.casework.CaseSteps.TODAY;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class TimeLimitExtensionTest {

    final TimeLimitExtension rule = new TimeLimitExtension();

    static CaseSteps extendBy(int days) {
        return step("extend-time-limit").by(AGENCY_HEAD, null).input("days", days);
    }

    @Test
    void theHeadMayExtendTheLimitByThirtyDays() {
        allowed(rule, extendBy(30));
        refused(rule, extendBy(31), "首次延长办案期限不得超过三十日");
    }

    @Test
    void aFurtherExtensionIsDecidedCollectively() {
        refused(rule, extendBy(30).taken("extend-time-limit", TODAY.minusDays(20), "days", 30),
                "办案期限已延长过一次，继续延期须经机关负责人集体讨论决定");
        allowed(rule, extendBy(60).in("DISCUSSED").taken("extend-time-limit", TODAY.minusDays(20), "days", 30)
                .taken("discuss-collectively", TODAY.minusDays(1)));
    }
}
