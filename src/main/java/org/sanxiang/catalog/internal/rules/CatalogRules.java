package org.sanxiang.catalog.internal.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.rule.Refusal;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSet;
import org.springframework.stereotype.Component;

/** The rule sets of the catalog's steps, from the catalogue: the rules whose {@code appliesTo} names them. */
@Component
public class CatalogRules {

    private final Map<VersionStep.Step, RuleSet<VersionStep>> steps = new EnumMap<>(VersionStep.Step.class);
    private final PowerCategoryListed categories;

    public CatalogRules(RuleCatalogue catalogue, PowerCategoryListed categories) {
        for (VersionStep.Step step : VersionStep.Step.values()) {
            steps.put(step, catalogue.ruleSet(step.command(), VersionStep.class));
        }
        this.categories = categories;
    }

    /** @throws org.sanxiang.platform.RuleViolationException with every refusal */
    public void require(VersionStep facts) {
        steps.get(facts.step()).require(facts);
    }

    public List<Refusal> refusals(VersionStep facts) {
        return steps.get(facts.step()).refusals(facts);
    }

    public List<String> categories() {
        return categories.categories();
    }
}
