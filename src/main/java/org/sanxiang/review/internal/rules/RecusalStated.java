package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * 行政处罚法 第四十三条第一款 "执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避", followed by the
 * review: a legal reviewer who has such a tie to a case withdraws from its pending round, stating why; she is then
 * never assigned to it ({@code reviewer-not-case-handler}), and if she was, the round awaits another reviewer.
 */
@Component
public class RecusalStated extends LegalRule<ReviewStep> {

    public RecusalStated() {
        super("recusal-stated", "行政处罚法 第四十三条第一款", CONFLICT,
                "与案件有直接利害关系或者有其他关系可能影响公正审核的法制审核人员，应当在审核意见作出前申请回避并说明理由",
                "A reviewer with a tie to the case withdraws from its pending review, stating why", ReviewStep.RECUSE);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (facts.status() != ReviewStatus.PENDING) {
            return refuse("只能在审核意见作出前申请回避", "A reviewer withdraws before the opinion is given");
        }
        return facts.blank(facts.text()) || facts.text().length() > 500
                ? refuse("请写明回避的理由（不超过500字）", "Give the reason (500 characters at most)") : allowed();
    }
}
