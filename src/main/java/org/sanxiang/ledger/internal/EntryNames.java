package org.sanxiang.ledger.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.ledger.LedgerVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The names of modules, entry types and subject types as the modules' bundles give them
 * ({@link LedgerVocabulary}); a code nobody named is shown as it is.
 */
@Component
class EntryNames {

    /** A choice of a filter: the code it sends, the name it shows. */
    record Option(String code, String name) {
    }

    private final Map<String, LedgerVocabulary> byModule;
    private final MessageSource messages;

    EntryNames(List<LedgerVocabulary> vocabularies, MessageSource messages) {
        this.byModule = vocabularies.stream().collect(Collectors.toMap(LedgerVocabulary::module, Function.identity()));
        this.messages = messages;
    }

    String module(String module, Locale locale) {
        return name("ledger.module." + module, module, locale);
    }

    String subjectType(String subjectType, Locale locale) {
        return name("ledger.subject." + subjectType, subjectType, locale);
    }

    /** What happened; where a fact of the payload picks the name, the name for its value. */
    String entry(String module, String entryType, String payload, Locale locale) {
        String key = "ledger.entry." + entryType;
        LedgerVocabulary vocabulary = byModule.get(module);
        String fact = vocabulary == null ? null : vocabulary.namingFacts().get(entryType);
        if (fact != null) {
            JsonNode value = JsonMapper.shared().readTree(payload).path(fact);
            if (value.isValueNode()) {
                String named = messages.getMessage(key + "." + value.asString(), null, null, locale);
                if (named != null) {
                    return named;
                }
            }
        }
        return name(key, entryType, locale);
    }

    /** Every module that writes entries, by name. */
    List<Option> modules(Locale locale) {
        return sorted(byModule.keySet().stream().map(m -> new Option(m, module(m, locale))).toList(), locale);
    }

    /** Every subject type the modules write, by name. */
    List<Option> subjectTypes(Locale locale) {
        return sorted(byModule.values().stream().flatMap(v -> v.subjectTypes().stream()).distinct()
                .map(t -> new Option(t, subjectType(t, locale))).toList(), locale);
    }

    private String name(String key, String code, Locale locale) {
        return messages.getMessage(key, null, code, locale);
    }

    private static List<Option> sorted(List<Option> options, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return options.stream().sorted(Comparator.comparing(Option::name, collator)).toList();
    }
}
