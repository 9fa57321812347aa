package org.sanxiang.review.internal.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSet;
import org.springframework.stereotype.Component;

/** The rule sets of the review's steps, from the catalogue. */
@Component
public class ReviewRules {

    private final Map<ReviewStep.Step, RuleSet<ReviewStep>> steps = new EnumMap<>(ReviewStep.Step.class);
    private final ReviewTimeLimit timeLimit;

    public ReviewRules(RuleCatalogue catalogue, ReviewTimeLimit timeLimit) {
        for (ReviewStep.Step step : ReviewStep.Step.values()) {
            steps.put(step, catalogue.ruleSet(step.command(), ReviewStep.class));
        }
        this.timeLimit = timeLimit;
    }

    /** @throws org.sanxiang.platform.RuleViolationException with every refusal */
    public void require(ReviewStep facts) {
        steps.get(facts.step()).require(facts);
    }

    public List<Refusal> refusals(ReviewStep facts) {
        return steps.get(facts.step()).refusals(facts);
    }

    public int days(String agencyCode) {
        return timeLimit.days(agencyCode);
    }
}
