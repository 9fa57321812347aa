package org.sanxiang.registry.internal.rules;

import java.math.BigDecimal;
import java.util.Optional;

import org.sanxiang.platform.rule.Flag;
import org.sanxiang.platform.rule.Indicator;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.stereotype.Component;

/**
 * 法制审核人员原则上不少于本单位执法人员总数的 5 % (国办发〔2018〕118号; seeds/000, 衡阳市市场监督管理局 2020). "原则上":
 * an agency below it is flagged, and its work goes on.
 */
@Component
public class LegalReviewerRatio extends Indicator<ReviewerCount> {

    private final RuleParameter<BigDecimal> minRatio;

    public LegalReviewerRatio(RuleSettings settings) {
        super("legal-reviewer-ratio", "国办发〔2018〕118号；衡阳市市场监督管理局 2020 年实施方案（seeds/000）",
                "法制审核人员原则上不少于本单位执法人员总数的 5%",
                "Legal reviewers should in principle be at least 5 % of an agency's enforcement officers",
                ReviewerCount.COMMAND);
        minRatio = parameter(settings, "min-ratio", new BigDecimal("0.05"), "法制审核人员占执法人员的最低比例",
                "Lowest ratio of legal reviewers to enforcement officers");
    }

    /** The mark for this agency. */
    public BigDecimal minimum(String agencyCode) {
        return minRatio.valueFor(agencyCode);
    }

    @Override
    public Optional<Flag> check(ReviewerCount facts) {
        BigDecimal ratio = facts.ratio();
        BigDecimal minimum = minimum(facts.agencyCode());
        if (ratio == null || ratio.compareTo(minimum) >= 0) {
            return met();
        }
        return flag("法制审核人员 " + facts.reviewers() + " 人，执法人员 " + facts.officers() + " 人，低于 "
                + minimum.movePointRight(2).stripTrailingZeros().toPlainString() + "%", facts.reviewers()
                + " legal reviewers for " + facts.officers() + " officers, below "
                + minimum.movePointRight(2).stripTrailingZeros().toPlainString() + " %");
    }
}
