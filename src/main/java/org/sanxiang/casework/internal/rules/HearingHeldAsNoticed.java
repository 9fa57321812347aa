package org.sanxiang.casework.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第六十四条（二）: "行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点" — the hearing is held
 * at the time the notice gave; one recorded before that day was not the hearing the party was called to.
 */
@Component
public class HearingHeldAsNoticed extends LegalRule<CaseStep> {

    public HearingHeldAsNoticed() {
        super("hearing-held-as-noticed", "行政处罚法 第六十四条第二项", CONFLICT,
                "听证在听证通知确定的日期举行，此前不得记录听证", "The hearing is held on the day its notice gave, not before",
                CaseCommands.of("hold-hearing"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        Optional<LocalDate> noticed = facts.kase().data().date("hearingOn");
        return noticed.isPresent() && facts.today().isBefore(noticed.get())
                ? refuse("听证通知确定于 " + noticed.get() + " 举行听证，此前不能记录听证",
                        "The notice set the hearing for " + noticed.get() + "; it cannot be recorded before then")
                : allowed();
    }
}
