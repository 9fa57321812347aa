package org.sanxiang.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named values of a step's record or of a case's facts, as the step's field schema read them: text, dates
 * ({@code LocalDate}), times ({@code Instant}), amounts in yuan ({@code BigDecimal}), yes/no, lists of ids.
 */
public record StepValues(Map<String, Object> values) {

    public static final StepValues NONE = new StepValues(Map.of());

    public StepValues {
        values = Map.copyOf(values);
    }

    public boolean has(String name) {
        Object value = values.get(name);
        return value != null && !(value instanceof String s && s.isBlank())
                && !(value instanceof List<?> l && l.isEmpty());
    }

    public Optional<String> text(String name) {
        return has(name) ? Optional.of(values.get(name).toString()) : Optional.empty();
    }

    public Optional<LocalDate> date(String name) {
        return typed(name, LocalDate.class);
    }

    public Optional<Instant> time(String name) {
        return typed(name, Instant.class);
    }

    public Optional<BigDecimal> amount(String name) {
        return typed(name, BigDecimal.class);
    }

    /** A number of days (a time limit's extension). */
    public Optional<Integer> days(String name) {
        return typed(name, Integer.class);
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<Long> ids(String name) {
        Object value = values.get(name);
        return value instanceof List<?> list ? (List<Long>) list : List.of();
    }

    /** These values with others added (or replacing those of the same name). */
    public StepValues with(Map<String, Object> more) {
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.putAll(more);
        return new StepValues(all);
    }

    private <T> Optional<T> typed(String name, Class<T> type) {
        Object value = values.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }
}
