package org.sanxiang.platform.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every rule and indicator of the product, found on the class path: each is a bean (so the catalogue lists it and
 * its commands apply it), named once, after its class, with a legal basis, a statement in Chinese and English,
 * where it applies, and a test of its own.
 */
class RuleCatalogueTest {

    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    final List<Class<?>> ruleTypes = productRuleTypes();
    final List<LegalNorm> rules = ruleTypes.stream().map(RuleCatalogueTest::instantiate).toList();

    @Test
    void theProductHasRulesAndIndicators() {
        assertThat(rules).extracting(LegalNorm::name).contains("credential-final-status", "calendar-year-missing",
                "legal-reviewer-ratio");
        assertThat(rules).extracting(LegalNorm::kind).contains(LegalNorm.Kind.RULE, LegalNorm.Kind.INDICATOR);
    }

    @Test
    void everyRuleHasAUniqueNameWhichIsItsClassName() {
        assertThat(rules).extracting(LegalNorm::name).doesNotHaveDuplicates();
        assertThat(new RuleCatalogue(rules).all()).hasSameSizeAs(rules);
        for (LegalNorm rule : rules) {
            assertThat(rule.getClass().getSimpleName()).as("the class of rule " + rule.name())
                    .isEqualTo(className(rule.name()));
        }
    }

    @Test
    void everyRuleCitesItsBasisAndSpeaksChineseAndEnglish() {
        for (LegalNorm rule : rules) {
            assertThat(rule.legalBasis()).as(rule.name()).isNotBlank();
            assertThat(HAN.matcher(rule.title().zh()).find()).as(rule.name() + " in Chinese").isTrue();
            assertThat(HAN.matcher(rule.title().en()).find()).as(rule.name() + " in English").isFalse();
            assertThat(rule.appliesTo()).as(rule.name() + " applies somewhere").isNotEmpty();
            for (RuleParameter<?> p : rule.parameters()) {
                assertThat(p.seed()).as(p.key()).isNotNull();
                assertThat(HAN.matcher(p.description().zh()).find()).as(p.key() + " in Chinese").isTrue();
            }
        }
    }

    @Test
    void everyRuleIsABeanSoTheCatalogueListsIt() {
        for (Class<?> type : ruleTypes) {
            assertThat(AnnotatedElementUtils.hasAnnotation(type, Component.class)).as(type.getName()).isTrue();
        }
    }

    @Test
    void everyRuleHasItsOwnTest() {
        for (Class<?> type : ruleTypes) {
            Class<?> test = testOf(type);
            assertThat(test).as("a test class " + type.getName() + "Test").isNotNull();
            assertThat(Arrays.stream(test.getDeclaredMethods()).filter(RuleCatalogueTest::isTest))
                    .as(test.getName() + " tests something").isNotEmpty();
        }
    }

    /** credential-final-status → CredentialFinalStatus */
    static String className(String ruleName) {
        return Arrays.stream(ruleName.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    static List<Class<?>> productRuleTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(LegalNorm.class));
        return scanner.findCandidateComponents("org.sanxiang").stream().map(d -> load(d.getBeanClassName()))
                .filter(c -> !c.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes"))
                .collect(Collectors.toList());
    }

    /** A rule's constructor takes nothing or its {@link RuleSettings}: rules are pure checks. */
    static LegalNorm instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(p -> {
                assertThat(p).as("what the constructor of " + type.getName() + " takes").isEqualTo(RuleSettings.class);
                return RuleSettings.seeds();
            }).toArray();
            return (LegalNorm) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName(), e);
        }
    }

    private static Class<?> testOf(Class<?> type) {
        try {
            return Class.forName(type.getName() + "Test");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static boolean isTest(Method m) {
        return m.isAnnotationPresent(Test.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
