package org.sanxiang.registry.internal.rules;

import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSet;
import org.springframework.stereotype.Component;

/** The rule sets of the registry's commands, from the catalogue: the rules whose {@code appliesTo} names them. */
@Component
public class RegistryRules {

    private final RuleSet<StatusChangeRequest> statusChange;
    private final RuleSet<ActingOfficer> acting;

    public RegistryRules(RuleCatalogue catalogue) {
        statusChange = catalogue.ruleSet(StatusChangeRequest.COMMAND, StatusChangeRequest.class);
        acting = catalogue.ruleSet(ActingOfficer.COMMAND, ActingOfficer.class);
    }

    public RuleSet<StatusChangeRequest> statusChange() {
        return statusChange;
    }

    public RuleSet<ActingOfficer> acting() {
        return acting;
    }
}
