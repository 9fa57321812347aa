package org.sanxiang.platform.rule;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the catalogue says of each rule and indicator: its stable name (the {@code <name>} of
 * {@code urn:sanxiang:rule:<name>}), its legal basis (law and article, or seed file), its statement in Chinese and
 * English, the commands it applies to and its parameters. Either a {@link LegalRule}, which refuses, or an
 * {@link Indicator}, which flags.
 */
public abstract sealed class LegalNorm permits LegalRule, Indicator {

    /** Lower-case words joined by hyphens, as in the API's problem types. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public enum Kind {
        RULE, INDICATOR
    }

    private final String name;
    private final String legalBasis;
    private final Text title;
    private final List<String> appliesTo;
    private final List<RuleParameter<?>> parameters = new ArrayList<>();

    LegalNorm(String name, String legalBasis, Text title, String... appliesTo) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule's name is lower-case words joined by hyphens: " + name);
        }
        if (legalBasis == null || legalBasis.isBlank() || appliesTo.length == 0) {
            throw new IllegalArgumentException("rule " + name + " needs its legal basis and where it applies");
        }
        this.name = name;
        this.legalBasis = legalBasis;
        this.title = title;
        this.appliesTo = List.of(appliesTo);
    }

    public final String name() {
        return name;
    }

    /** {@code urn:sanxiang:rule:<name>}: the problem type of a refusal, stable across releases. */
    public final URI type() {
        return URI.create("urn:sanxiang:rule:" + name);
    }

    public final String legalBasis() {
        return legalBasis;
    }

    /** The rule as a citizen would read it, e.g. "已吊销或注销的执法证不能再变更状态". */
    public final Text title() {
        return title;
    }

    /** The commands (or queries) that apply it, e.g. {@code registry.credential.change-status}. */
    public final List<String> appliesTo() {
        return appliesTo;
    }

    public final List<RuleParameter<?>> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    public abstract Kind kind();

    /**
     * Declares a parameter, read from {@code sanxiang.rules.<rule>.<name>} (per agency from
     * {@code sanxiang.rules.<rule>.agencies.<code>.<name>}), {@code seed} when not configured. Call it in the
     * constructor and keep the result in a field.
     *
     * @param seed the value the seeds or the law give, cited in the rule's Javadoc; its class is the parameter's type
     */
    protected final <T> RuleParameter<T> parameter(RuleSettings settings, String name, T seed, String zh,
            String en) {
        RuleParameter<T> parameter = new RuleParameter<>(settings, this.name, name, seed, new Text(zh, en));
        parameters.add(parameter);
        return parameter;
    }

    @Override
    public String toString() {
        return name;
    }
}
