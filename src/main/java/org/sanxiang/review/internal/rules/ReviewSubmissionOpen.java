package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第五十八条: the review comes before the decision, of a decision the list names major, one round at a
 * time; a returned case is revised and submitted again (a new round), a passed one only when its materials changed.
 */
@Component
public class ReviewSubmissionOpen extends LegalRule<ReviewStep> {

    public ReviewSubmissionOpen() {
        super("review-submission-open", "行政处罚法 第五十八条第一款", CONFLICT,
                "重大执法决定在作出决定前提交法制审核，每次一轮；退回的修改后重新提交，通过的仅在材料变更后重新提交",
                "A major decision is submitted before it is made, one round at a time", ReviewStep.SUBMIT);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (facts.decided()) {
            return refuse("案件尚未调查终结或已作出决定，当前阶段不能提交法制审核", "The case is not between investigation and decision");
        }
        if (!facts.major()) {
            return refuse("本案拟作出的决定不符合本机关重大执法决定目录中的任何标准，无需法制审核",
                    "The draft decision meets no criterion of the agency's major-decision list");
        }
        if (facts.status() == ReviewStatus.PENDING || facts.status() == ReviewStatus.DISPUTED) {
            return refuse("本案已有一轮法制审核" + facts.status().text().zh() + "，请待其结束",
                    "A round of the review is still open");
        }
        if (facts.status() == ReviewStatus.PASSED && !facts.materialsChanged()) {
            return refuse("法制审核已通过且案件材料未变更，无需重新提交", "The review passed these materials already");
        }
        return allowed();
    }
}
