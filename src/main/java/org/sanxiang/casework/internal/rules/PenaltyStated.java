package org.sanxiang.casework.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十九条: a penalty decision states the kind of penalty and, for a fine, its amount (行政处罚的种类和依据、
 * 履行方式和期限).
 */
@Component
public class PenaltyStated extends LegalRule<CaseStep> {

    public PenaltyStated() {
        super("penalty-stated", "行政处罚法 第五十九条", UNPROCESSABLE, "处罚决定写明处罚种类，罚款写明数额",
                "A penalty decision names its kind and, for a fine, the amount",
                CaseCommands.of("conclude-investigation", "decide"));
    }

    @Override
    public Optional<Refusal> check(CaseStep facts) {
        boolean decide = "decide".equals(facts.transition());
        if (decide && !"PENALTY".equals(facts.input().text("outcome").orElse(""))) {
            return allowed();
        }
        String penalty = facts.input().text(decide ? "penalty" : "proposedPenalty").orElse("");
        if (penalty.isEmpty()) {
            return decide ? refuse("给予行政处罚的，请写明处罚种类", "Name the kind of penalty") : allowed();
        }
        BigDecimal fine = facts.input().amount(decide ? "fine" : "proposedFine").orElse(BigDecimal.ZERO);
        return penalty.startsWith("FINE") && fine.signum() <= 0
                ? refuse("罚款须写明罚款数额", "A fine states its amount") : allowed();
    }
}
