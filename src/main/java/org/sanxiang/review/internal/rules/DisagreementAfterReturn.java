package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * Seed 002 §三(三)3: "承办机构对法制审核意见有异议的……提请机关负责人集体讨论决定": the handling unit may dispute a
 * returned round (or an advice to transfer), with its reasons; the case then goes to collective discussion.
 */
@Component
public class DisagreementAfterReturn extends LegalRule<ReviewStep> {

    public DisagreementAfterReturn() {
        super("disagreement-after-return", "许昌市商务局实施方案（seed 002）三（三）3：有异议的……提请行政执法机关负责人集体讨论决定", CONFLICT,
                "承办机构对退回或建议移送的审核意见有异议的，写明理由后提请机关负责人集体讨论决定",
                "The handling unit may dispute a return, with its reasons, for collective discussion",
                ReviewStep.DISPUTE);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (facts.status() != ReviewStatus.RETURNED && facts.status() != ReviewStatus.TRANSFER_ADVISED) {
            return refuse("只能对退回修改或建议移送的审核意见提出异议", "Only a return or an advice to transfer is disputed");
        }
        return facts.blank(facts.text()) ? refuse("请写明异议理由", "Give the reasons") : allowed();
    }
}
