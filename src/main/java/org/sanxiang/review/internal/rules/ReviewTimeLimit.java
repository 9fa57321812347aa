package org.sanxiang.review.internal.rules;

import java.util.Optional;

import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.stereotype.Component;

/**
 * The review's time limit: 10 working days from submission by default (the market regulators' usual limit; the
 * seeds set none), configurable per agency; extended once, with the agency head's approval and a reason, by at
 * most as many days again.
 */
@Component
public class ReviewTimeLimit extends LegalRule<ReviewStep> {

    private final RuleParameter<Integer> days;

    public ReviewTimeLimit(RuleSettings settings) {
        super("review-time-limit", "本机关法制审核期限规定（seeds 未定期限；默认 10 个工作日）", UNPROCESSABLE,
                "法制审核在规定的工作日内完成；经机关负责人批准可延长一次，延长不超过原期限",
                "The review is done within its working days; the head may extend it once, by at most as long",
                ReviewStep.EXTEND);
        days = parameter(settings, "days", 10, "法制审核期限（工作日）", "Working days for the review");
    }

    /** The working days a round has, for the agency. */
    public int days(String agencyCode) {
        return days.valueFor(agencyCode);
    }

    @Override
    public Optional<Refusal> check(ReviewStep facts) {
        if (facts.extended()) {
            return refuse("审核期限已延长过一次，不能再延长", "The time limit was extended once already");
        }
        Integer asked = facts.extensionDays();
        if (asked == null || asked < 1 || asked > days.value()) {
            return refuse("延长的工作日须为 1 至 " + days.value() + " 日", "Extend by 1 to " + days.value() + " days");
        }
        return facts.blank(facts.text()) ? refuse("请写明延长理由", "Give the reason") : allowed();
    }
}
