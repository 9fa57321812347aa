package org.sanxiang.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanxiang.platform.rule.LegalNorm;
import org.sanxiang.platform.rule.LegalRule;
import org.sanxiang.platform.rule.RuleCatalogue;
import org.sanxiang.platform.rule.RuleParameter;
import org.sanxiang.platform.rule.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every rule and indicator the platform applies, with its basis and the parameter values in force (API-CONTRACT "Rules"). */
@RestController
@RequestMapping("/api/v1/public/rules")
class PublicRulesApi {

    private final RuleCatalogue catalogue;

    PublicRulesApi(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param kind             {@code rule} (refuses, with {@code status} 409 or 422) or {@code indicator} (flags)
     * @param parameters       the values in force for every agency without its own
     * @param agencyParameters the agencies configured otherwise, by 统一社会信用代码
     */
    record RuleEntry(String name, String kind, Text title, String legalBasis, List<String> appliesTo,
            Map<String, Object> parameters, Map<String, Map<String, Object>> agencyParameters, Integer status) {

        static RuleEntry of(LegalNorm norm) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Map<String, Object>> byAgency = new LinkedHashMap<>();
            for (RuleParameter<?> p : norm.parameters()) {
                values.put(p.name(), p.value());
                p.agencyValues().forEach((agency, v) -> byAgency.computeIfAbsent(agency, a -> new LinkedHashMap<>())
                        .put(p.name(), v));
            }
            return new RuleEntry(norm.name(), norm.kind().name().toLowerCase(Locale.ROOT), norm.title(),
                    norm.legalBasis(), norm.appliesTo(), values, byAgency,
                    norm instanceof LegalRule<?> rule ? rule.status() : null);
        }
    }

    @GetMapping
    List<RuleEntry> rules() {
        return catalogue.all().stream().map(RuleEntry::of).toList();
    }
}
