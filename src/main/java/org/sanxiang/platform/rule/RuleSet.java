package org.sanxiang.platform.rule;

import java.util.List;

import org.sanxiang.platform.RuleViolationException;

/**
 * The rules one command applies, in the catalogue's order. {@link #require} refuses the command with every
 * refusal at once (a {@link RuleViolationException}: problem details whose {@code type} is the first and whose
 * {@code refusals} lists them all); {@link #refusals} tells a page, before it offers an action, what would be
 * refused.
 */
public final class RuleSet<F> {

    private final List<LegalRule<? super F>> rules;

    private RuleSet(List<LegalRule<? super F>> rules) {
        this.rules = List.copyOf(rules);
    }

    public static <F> RuleSet<F> of(List<? extends LegalRule<? super F>> rules) {
        return new RuleSet<>(List.copyOf(rules));
    }

    public List<LegalRule<? super F>> rules() {
        return rules;
    }

    /** Every refusal of these facts; empty when all rules allow them. */
    public List<Refusal> refusals(F facts) {
        return rules.stream().flatMap(rule -> rule.check(facts).stream()).toList();
    }

    /** @throws RuleViolationException with every refusal, when any rule refuses */
    public void require(F facts) {
        List<Refusal> refusals = refusals(facts);
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
    }
}
