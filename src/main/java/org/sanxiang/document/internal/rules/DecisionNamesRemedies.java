package org.sanxiang.document.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十九条第一款第五项: the decision states how and within what period the party may apply for review or sue; the body and
 * the court are named (行政复议法 第二十条: sixty days; 行政诉讼法 第四十六条: six months).
 */
@Component
public class DecisionNamesRemedies extends LegalRule<DocumentIssue> {

    public DecisionNamesRemedies() {
        super("decision-names-remedies", "行政处罚法 第五十九条第一款第五项；行政复议法 第二十条；行政诉讼法 第四十六条", UNPROCESSABLE,
                "决定书写明申请行政复议、提起行政诉讼的途径和期限，并写明复议机关和人民法院",
                "A decision names the review body and the court, with the periods for review and lawsuit",
                DocumentIssue.COMMAND);
    }

    @Override
    public Optional<Refusal> check(DocumentIssue facts) {
        if (!facts.decision() || facts.has("reviewBody") && facts.has("court")) {
            return allowed();
        }
        return refuse("请写明行政复议机关和人民法院", "Name the review body and the court");
    }
}
