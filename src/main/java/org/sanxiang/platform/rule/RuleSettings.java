package org.sanxiang.platform.rule;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * Where rule parameters are configured: under {@code sanxiang.rules} of the application's configuration (so also
 * environment variables such as {@code SANXIANG_RULES_LEGAL_REVIEWER_RATIO_MIN_RATIO}). A rule's unit test uses
 * {@link #seeds()} or {@link #of(Map)}.
 */
public final class RuleSettings {

    public static final String PREFIX = "sanxiang.rules";

    private final Binder binder;

    private RuleSettings(Binder binder) {
        this.binder = binder;
    }

    public static RuleSettings of(Environment environment) {
        return new RuleSettings(Binder.get(environment));
    }

    /** Settings from properties such as {@code "sanxiang.rules.legal-reviewer-ratio.min-ratio" -> "0.1"}. */
    public static RuleSettings of(Map<String, ?> properties) {
        return new RuleSettings(new Binder(new MapConfigurationPropertySource(properties)));
    }

    /** Nothing configured: every parameter has its seed's value. */
    public static RuleSettings seeds() {
        return of(Map.of());
    }

    <T> T value(String rule, String parameter, T seed) {
        return binder.bind(PREFIX + "." + rule + "." + parameter, type(seed)).orElse(seed);
    }

    <T> T valueFor(String rule, String parameter, String agencyCode, T seed) {
        if (agencyCode == null || agencyCode.isBlank()) {
            return value(rule, parameter, seed);
        }
        return binder.bind(agencies(rule) + "." + agencyCode.strip().toLowerCase(Locale.ROOT) + "." + parameter,
                type(seed)).orElseGet(() -> value(rule, parameter, seed));
    }

    <T> Map<String, T> agencyValues(String rule, String parameter, T seed) {
        Map<String, T> values = new TreeMap<>();
        binder.bind(agencies(rule), Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).keySet()
                .forEach(code -> binder.bind(agencies(rule) + "." + code.toLowerCase(Locale.ROOT) + "." + parameter,
                        type(seed)).ifBound(v -> values.put(code.toUpperCase(Locale.ROOT), v)));
        return values;
    }

    private static String agencies(String rule) {
        return PREFIX + "." + rule + ".agencies";
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> type(T seed) {
        return (Class<T>) seed.getClass();
    }
}
