package org.sanxiang.evidence.internal.rules;

import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSet;
import org.springframework.stereotype.Component;

/** The rule set of an upload, from the catalogue: the rules whose {@code appliesTo} names it. */
@Component
public class EvidenceRules {

    private final RuleSet<UploadedContent> upload;

    public EvidenceRules(RuleCatalogue catalogue) {
        upload = catalogue.ruleSet(UploadedContent.COMMAND, UploadedContent.class);
    }

    public RuleSet<UploadedContent> upload() {
        return upload;
    }
}
