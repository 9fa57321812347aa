package org.sanxiang.casework.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/** 行政处罚法 第六十四条（二）: "行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点". */
@Component
public class HearingNoticeSevenDays extends LegalRule<CaseStep> {

    public HearingNoticeSevenDays() {
        super("hearing-notice-seven-days", "行政处罚法 第六十四条第二项", UNPROCESSABLE,
                "应当在举行听证的七日前通知当事人听证的时间、地点", "The party is told of the hearing seven days before it",
                CaseCommands.of("notify-hearing"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Optional<LocalDate> notice = facts.input().date("hearingNoticeOn");
        Optional<LocalDate> hearing = facts.input().date("hearingOn");
        if (notice.isEmpty() || hearing.isEmpty()) {
            return allowed();
        }
        Optional<LocalDate> earliestOn = facts.input().date("hearingEarliestOn");
        if (earliestOn.isEmpty()) {
            return allowed(); // the command computes it with the calendar
        }
        LocalDate earliest = earliestOn.get();
        return hearing.get().isBefore(earliest)
                ? refuse("听证通知 " + notice.get() + " 送达，听证最早于 " + earliest + " 举行",
                        "Notified on " + notice.get() + ", the hearing is held on " + earliest + " at the earliest")
                : allowed();
    }
}
