package org.sanxiang.platform.internal;

import java.util.List;
import java.util.Set;

import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.rule.LegalNorm;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The rule parameters of the configuration, the catalogue of every rule bean, and its portal page's menu entry. */
@Configuration(proxyBeanMethods = false)
class RuleConfiguration {

    @Bean
    RuleSettings ruleSettings(Environment environment) {
        return RuleSettings.of(environment);
    }

    @Bean
    RuleCatalogue ruleCatalogue(List<LegalNorm> norms) {
        return new RuleCatalogue(norms);
    }

    @Bean
    MenuItem rulesMenu() {
        return new MenuItem(MenuItem.Face.PORTAL, "rules.menu", "/portal/rules", 70, Set.of());
    }
}
