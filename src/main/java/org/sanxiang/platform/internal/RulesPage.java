package org.sanxiang.platform.internal;

import org.sanxiang.platform.rule.LegalNorm;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal page 执法规则: every rule and indicator, its basis and its parameters, for citizens and auditors. */
@Controller
class RulesPage {

    private final RuleCatalogue catalogue;

    RulesPage(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/portal/rules")
    String rules(Model model) {
        model.addAttribute("rules", catalogue.all().stream().filter(n -> n.kind() == LegalNorm.Kind.RULE).toList());
        model.addAttribute("indicators", catalogue.all().stream().filter(n -> n.kind() == LegalNorm.Kind.INDICATOR)
                .toList());
        return "platform/rules";
    }
}
