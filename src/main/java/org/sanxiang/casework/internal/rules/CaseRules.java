package org.sanxiang.casework.internal.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.CaseStep;
import org.sanxiang.casework.internal.procedure.Procedures;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSet;
import org.springframework.stereotype.Component;

/**
 * The rule set of each step, from the catalogue: the rules whose {@code appliesTo} names {@code case.<transition>},
 * also those of other modules (the legal review's rule on {@code case.decide}).
 */
@Component
public class CaseRules {

    private final Map<String, RuleSet<CaseStep>> steps = new HashMap<>();

    public CaseRules(RuleCatalogue catalogue) {
        for (String transition : Procedures.transitionNames()) {
            steps.put(transition, catalogue.ruleSet(CaseStep.command(transition), CaseStep.class));
        }
    }

    /** @throws org.sanxiang.platform.RuleViolationException with every refusal */
    public void require(CaseStep facts) {
        steps.get(facts.transition()).require(facts);
    }

    public List<Refusal> refusals(CaseStep facts) {
        return steps.get(facts.transition()).refusals(facts);
    }

    /** The rules guarding a step, for the flowchart and the API. */
    public List<LegalRule<? super CaseStep>> of(String transition) {
        return steps.get(transition).rules();
    }
}
