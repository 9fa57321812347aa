package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.stereotype.Component;

/**
 * Seed 000 §三6: "承办机构对送审材料的真实性、准确性、完整性……负责": the submitter states the case and declares the
 * materials true and complete; both are recorded with the round.
 */
@Component
public class SubmitterAnswersForMaterials extends LegalRule<ReviewStep> {

    public SubmitterAnswersForMaterials() {
        super("submitter-answers-for-materials", "衡阳市市场监管局“三项制度”实施方案（seed 000）三6：承办机构对送审材料的真实性、准确性、完整性负责", UNPROCESSABLE,
                "送审时承办机构须说明案件情况，并承诺送审材料真实、准确、完整",
                "The submitter states the case and declares the materials true and complete", ReviewStep.SUBMIT);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (facts.blank(facts.text())) {
            return refuse("请填写送审说明（案件情况和拟作出的决定）", "State the case and the draft decision");
        }
        return facts.pledged() ? allowed()
                : refuse("请确认送审材料真实、准确、完整", "Declare the materials true, accurate and complete");
    }
}
