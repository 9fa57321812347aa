package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.RecordedEvent;
import org.sanxiang.platform.AccountEvent;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every entry any module writes has a Chinese and an English name, and so have its module and its subject type
 * (LedgerVocabulary): the events are found on the class path, so a module's new event without names fails here.
 */
class EveryEntryIsNamedTest {

    /** An entry as a module writes it: which module, what happened, about what. */
    record Written(String module, String entryType, String subjectType) {
    }

    @Test
    void everyEntryTypeItsModuleAndItsSubjectTypeHaveAChineseAndAnEnglishName() {
        List<Written> written = new ArrayList<>(recordedEvents());
        AccountEvent.TYPES.forEach(t -> written.add(new Written(AccountJournal.MODULE, t, AccountJournal.SUBJECT_TYPE)));
        written.add(new Written(VerificationRun.MODULE, VerificationRun.ENTRY_TYPE, VerificationRun.SUBJECT_TYPE));
        assertThat(written).extracting(Written::module).contains("registry", "evidence", "calendar");

        TreeSet<String> keys = new TreeSet<>();
        written.forEach(w -> {
            keys.add("ledger.module." + w.module());
            keys.add("ledger.entry." + w.entryType());
            keys.add("ledger.subject." + w.subjectType());
        });
        Properties chinese = bundles("_zh_CN");
        Properties english = bundles("");
        assertThat(keys).as("named in Chinese").allMatch(chinese::containsKey);
        assertThat(keys).as("named in English").allMatch(english::containsKey);
    }

    @Test
    void theEventsFoundIncludeEveryKindOfRegistryAndEvidenceEntry() {
        assertThat(recordedEvents()).extracting(Written::entryType).contains("officer.registered",
                "credential.status-changed", "evidence.viewed", "evidence.downloaded", "calendar.year.imported");
    }

    /** Every RecordedEvent of the application, made with placeholder facts, each boolean both ways. */
    private static List<Written> recordedEvents() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RecordedEvent.class));
        List<Written> written = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.sanxiang")) {
            Class<?> type = load(found.getBeanClassName());
            assertThat(type.isRecord()).as(type.getName() + " is a record, whose facts this test can make").isTrue();
            for (boolean flag : new boolean[] {false, true}) {
                RecordedEvent event = (RecordedEvent) make(type, flag);
                written.add(new Written(EventJournal.module(type), event.entryType(), event.subject().type()));
            }
        }
        return written;
    }

    private static Object make(Class<?> type, boolean flag) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = placeholder(types[i], flag);
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    private static Object placeholder(Class<?> type, boolean flag) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 2026;
        }
        if (type == boolean.class) {
            return flag;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every module's bundle of one language ("": English), merged. */
    private static Properties bundles(String suffix) {
        Properties merged = new Properties();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String name = r.getFilename();
                boolean chinese = name.endsWith("_zh_CN.properties");
                if (suffix.isEmpty() ? !name.contains("_") : chinese) {
                    try (InputStream in = r.getInputStream()) {
                        merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }
}
