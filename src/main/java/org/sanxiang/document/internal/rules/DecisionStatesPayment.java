package org.sanxiang.document.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十九条第一款第四项 and 第六十七条: a fine decision states how and within what period it is paid (fifteen days, to the
 * designated bank or electronically); 第七十二条 the surcharge for late payment is printed with it.
 */
@Component
public class DecisionStatesPayment extends LegalRule<DocumentIssue> {

    public DecisionStatesPayment() {
        super("decision-states-payment", "行政处罚法 第五十九条第一款第四项、第六十七条、第七十二条", UNPROCESSABLE, "罚款决定写明缴纳罚款的方式和期限",
                "A fine decision says how and by when the fine is paid", DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        boolean fine = facts.has("fine") && new BigDecimal(facts.fields().get("fine").strip()).signum() > 0;
        return !facts.is("penalty-decision") || !fine || facts.has("payment") ? allowed()
                : refuse("罚款决定请写明缴纳罚款的方式（指定银行或者电子支付）", "Say how the fine is paid");
    }
}
