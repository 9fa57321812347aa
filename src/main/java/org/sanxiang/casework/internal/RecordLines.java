package org.sanxiang.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.sanxiang.casework.internal.procedure.Field;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import org.sanxiang.casework.internal.procedure.StepRecords;
import org.sanxiang.registry.AccountOfficer;
import org.springframework.context.MessageSource;

/**
 * A step's record as the timeline shows it: each value under its field's label, a choice by its name, yes/no as
 * words, officers by name; what the step derived or stamped (the benchmark's band, the filing date) under its name
 * in the bundle ({@code casework.fact.<name>}).
 */
final class RecordLines {

    record Line(String label, String value) {
    }

    private final ProcedureDefinition procedure;
    private final MessageSource messages;
    private final Locale locale;
    private final LongFunction<String> officerName;

    RecordLines(ProcedureDefinition procedure, MessageSource messages, Locale locale, LongFunction<String> officerName) {
        this.procedure = procedure;
        this.messages = messages;
        this.locale = locale;
        this.officerName = officerName;
    }

    /** Officers by the name the registry has for them. */
    static RecordLines of(ProcedureDefinition procedure, MessageSource messages, Locale locale,
            AccountOfficer accounts) {
        return new RecordLines(procedure, messages, locale, officer -> accounts.officer(officer)
                .map(AccountOfficer.OfficerOnRecord::name).orElse("#" + officer));
    }

    List<Line> of(String transition, Map<String, Object> record) {
        List<Field> fields = procedure.transition(transition).map(t -> t.fields()).orElse(List.of());
        // the form's fields in its order, then what the step derived or stamped
        java.util.stream.Stream<Line> typed = fields.stream().filter(f -> record.containsKey(f.name()))
                .map(f -> new Line(english() ? f.en() : f.zh(), value(f, record.get(f.name()))));
        java.util.stream.Stream<Line> derived = record.keySet().stream().sorted()
                .filter(name -> fields.stream().noneMatch(f -> f.name().equals(name)))
                .map(name -> new Line(fact(name), String.valueOf(record.get(name))));
        return java.util.stream.Stream.concat(typed, derived).toList();
    }

    /** The record's typed values as words (a choice by its name, officers by name), by field name. */
    Map<String, String> words(String transition, Map<String, Object> record) {
        Map<String, String> words = new java.util.LinkedHashMap<>();
        procedure.transition(transition).map(t -> t.fields()).orElse(List.of()).stream()
                .filter(f -> record.get(f.name()) != null)
                .forEach(f -> words.put(f.name(), value(f, record.get(f.name()))));
        return words;
    }

    private String value(Field field, Object value) {
        return switch (field.type()) {
            case CHOICE -> field.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                    .map(c -> english() ? c.en() : c.zh()).orElse(String.valueOf(value));
            case YES_NO -> messages.getMessage(Boolean.TRUE.equals(value) ? "casework.yes" : "casework.no", null,
                    locale);
            case OFFICERS -> value instanceof List<?> ids ? String.join("、", ids.stream()
                    .map(id -> officerName.apply(Long.parseLong(id.toString()))).toList()) : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    private String fact(String name) {
        String key = name.equals(StepRecords.AV_SKIP_REASON) ? "casework.field.avSkipReason" : "casework.fact." + name;
        return Optional.ofNullable(messages.getMessage(key, null, null, locale)).orElse(name);
    }

    private boolean english() {
        return "en".equals(locale.getLanguage());
    }
}
