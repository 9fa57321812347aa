package org.sanxiang.casework.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.deadline.Deadlines;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 行政处罚法 第六十四条（一）: "当事人要求听证的，应当在行政机关告知后五日内提出" — five working days (第八十五条). */
@Component
public class HearingRequestInTime extends LegalRule<CaseStep> {

    public HearingRequestInTime() {
        super("hearing-request-in-time", "行政处罚法 第六十四条第一项、第八十五条", CONFLICT,
                "当事人要求听证的，应当在告知后五个工作日内提出", "A hearing is asked for within five working days of the notice",
                CaseCommands.of("request-hearing"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Optional<LocalDate> requested = facts.input().date("hearingRequestedOn");
        Optional<LocalDate> last = facts.kase().deadline(Deadlines.HEARING_REQUEST).map(d -> d.due());
        if (requested.isEmpty() || last.isEmpty()) {
            return allowed();
        }
        if (requested.get().isAfter(facts.today())) {
            return refuse("听证申请日期不能晚于今天", "The request cannot be dated after today");
        }
        return requested.get().isAfter(last.get())
                ? refuse("听证申请期限已于 " + last.get() + " 届满（告知后五个工作日），当事人视为放弃听证",
                        "The period to ask for a hearing ended on " + last.get())
                : allowed();
    }
}
