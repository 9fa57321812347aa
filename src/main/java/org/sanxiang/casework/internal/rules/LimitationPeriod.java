package org.sanxiang.casework.internal.rules;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.StepValues;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第三十六条: "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述
 * 期限延长至五年" — counted from the act, or from its end when it continued. A case is filed within that period.
 */
@Component
public class LimitationPeriod extends LegalRule<CaseStep> {

    public LimitationPeriod() {
        super("limitation-period", "行政处罚法 第三十六条", CONFLICT,
                "违法行为二年内未被发现的不再给予行政处罚（涉及生命健康安全、金融安全且有危害后果的为五年）",
                "No penalty for an act undiscovered for two years (five where life, health or finance was harmed)",
                CaseCommands.of("propose-filing", "approve-filing"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        StepValues values = facts.facts();
        Optional<LocalDate> from = values.date("actEndedOn").or(() -> values.date("actOn"));
        if (from.isEmpty()) {
            return allowed(); // the field is required by the record's schema
        }
        int years = values.flag("harmsLifeHealthFinance") ? 5 : 2;
        LocalDate discovered = values.date("clueReceivedOn").orElse(facts.today());
        return discovered.isAfter(from.get().plusYears(years))
                ? refuse("违法行为自" + from.get() + "起已超过 " + years + " 年才被发现，不再给予行政处罚",
                        "The act of " + from.get() + " was discovered after more than " + years + " years")
                : allowed();
    }
}
