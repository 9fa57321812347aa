package org.sanxiang.platform.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.ResolvableType;

/**
 * Every rule and indicator the platform applies (every {@link LegalNorm} bean), by name: what
 * {@code GET /api/v1/public/rules} and the portal page 执法规则 show, and where a command gets its {@link RuleSet}.
 */
public final class RuleCatalogue {

    private final List<LegalNorm> norms;

    /** @throws IllegalStateException when two rules share a name: a name means one rule, in code, API and tests */
    public RuleCatalogue(List<? extends LegalNorm> norms) {
        this.norms = norms.stream().sorted(Comparator.comparing(LegalNorm::name)).collect(Collectors.toList());
        List<String> duplicates = this.norms.stream().collect(Collectors.groupingBy(LegalNorm::name,
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey())
                .toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("rule names must be unique: " + duplicates);
        }
    }

    public List<LegalNorm> all() {
        return List.copyOf(norms);
    }

    public Optional<LegalNorm> find(String name) {
        return norms.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /**
     * The rules that apply to {@code command}: those whose {@link LegalNorm#appliesTo()} names it, so what the
     * catalogue says is what the command does.
     *
     * @throws IllegalStateException when a rule names the command but looks at other facts than {@code facts}
     */
    @SuppressWarnings("unchecked")
    public <F> RuleSet<F> ruleSet(String command, Class<F> facts) {
        List<LegalRule<? super F>> rules = norms.stream().filter(n -> n.appliesTo().contains(command))
                .filter(LegalRule.class::isInstance).<LegalRule<? super F>>map(n -> {
                    Class<?> checked = ResolvableType.forClass(n.getClass()).as(LegalRule.class).resolveGeneric(0);
                    if (checked == null || !checked.isAssignableFrom(facts)) {
                        throw new IllegalStateException("rule " + n.name() + " applies to " + command
                                + " but checks " + checked + ", not " + facts.getName());
                    }
                    return (LegalRule<? super F>) n;
                }).toList();
        return RuleSet.of(rules);
    }
}
