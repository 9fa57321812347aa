package org.sanxiang.casework.internal.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.StepValues;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十五条: "行政机关不得因当事人陈述、申辩而给予更重的处罚". Once the party made a statement or was heard,
 * the decision is no heavier than the notified proposal: no higher fine, no heavier kind of penalty.
 */
@Component
public class NoHeavierPenaltyForDefence extends LegalRule<CaseStep> {

    /** 行政处罚法 第九条's kinds, lightest first. */
    static final List<String> ORDER = Arrays.asList("WARNING", "FINE", "CONFISCATION", "FINE_AND_CONFISCATION",
            "LICENCE", "BUSINESS");

    public NoHeavierPenaltyForDefence() {
        super("no-heavier-penalty-for-defence", "行政处罚法 第四十五条第二款", CONFLICT,
                "不得因当事人陈述、申辩而给予更重的处罚", "No heavier penalty because of the party's statement or defence",
                CaseCommands.of("decide"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        StepValues values = facts.facts();
        if (!facts.kase().taken("record-statement") && !facts.kase().taken("hold-hearing")) {
            return allowed();
        }
        BigDecimal proposed = values.amount("proposedFine").orElse(BigDecimal.ZERO);
        BigDecimal fine = facts.input().amount("fine").orElse(BigDecimal.ZERO);
        if (fine.compareTo(proposed) > 0) {
            return refuse("当事人陈述申辩或听证后，罚款 " + fine.toPlainString() + " 元高于告知的 " + proposed.toPlainString()
                    + " 元", "After the defence, the fine " + fine + " exceeds the notified " + proposed);
        }
        int before = ORDER.indexOf(values.text("proposedPenalty").orElse(""));
        int now = ORDER.indexOf(facts.input().text("penalty").orElse(""));
        return before >= 0 && now > before
                ? refuse("当事人陈述申辩或听证后，处罚种类重于告知的种类", "After the defence, the penalty is heavier in kind")
                : allowed();
    }
}
