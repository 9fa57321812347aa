package org.sanxiang.platform.rule;

import java.util.Map;

/**
 * A number (or text) of a rule that the seeds differ on, e.g. 7 or 20 working days. Its value in force comes from
 * configuration, {@code sanxiang.rules.<rule>.<name>}, or for one agency from
 * {@code sanxiang.rules.<rule>.agencies.<统一社会信用代码>.<name>}; unconfigured, it is the seed's value.
 */
public final class RuleParameter<T> {

    private final RuleSettings settings;
    private final String rule;
    private final String name;
    private final T seed;
    private final Text description;

    RuleParameter(RuleSettings settings, String rule, String name, T seed, Text description) {
        if (!LegalNorm.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a parameter's name is lower-case words joined by hyphens: " + name);
        }
        this.settings = settings;
        this.rule = rule;
        this.name = name;
        this.seed = seed;
        this.description = description;
    }

    public String name() {
        return name;
    }

    /** The configuration key of the value for all agencies. */
    public String key() {
        return RuleSettings.PREFIX + "." + rule + "." + name;
    }

    /** The value the seeds or the law give, used when nothing is configured. */
    public T seed() {
        return seed;
    }

    public Text description() {
        return description;
    }

    /** The value in force for every agency without one of its own. */
    public T value() {
        return settings.value(rule, name, seed);
    }

    /** The value in force for the agency with this 统一社会信用代码 ({@code null}: the general value). */
    public T valueFor(String agencyCode) {
        return settings.valueFor(rule, name, agencyCode, seed);
    }

    /** The agencies configured with a value of their own, by 统一社会信用代码. */
    public Map<String, T> agencyValues() {
        return settings.agencyValues(rule, name, seed);
    }
}
