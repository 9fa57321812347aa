package org.sanxiang.casework.internal.rules;

import static org.sanxiang.casework.CaseSteps.day;
import static org.sanxiang.casework.CaseSteps.step;
import static org.sanxiang.casework.internal.rules.Checks.allowed;
import static org.sanxiang.casework.internal.rules.Checks.refused;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseSteps;

class HearingHeldAsNoticedTest {

    final HearingHeldAsNoticed rule = new HearingHeldAsNoticed();

    static CaseSteps hearingNoticedFor(String hearingOn, String today) {
        return step("hold-hearing").fact("hearingNoticeOn", day("2026-11-02")).fact("hearingOn", day(hearingOn))
                .on(day(today));
    }

    @Test
    void theHearingIsHeldAtTheTimeTheNoticeGaveNotBefore() {
        refused(rule, hearingNoticedFor("2026-11-11", "2026-11-10"),
                "听证通知确定于 2026-11-11 举行听证，此前不能记录听证");
        allowed(rule, hearingNoticedFor("2026-11-11", "2026-11-11"));
        allowed(rule, hearingNoticedFor("2026-11-11", "2026-11-12"));
    }
}
