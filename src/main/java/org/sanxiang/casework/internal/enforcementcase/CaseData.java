package org.sanxiang.casework.internal.enforcementcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.casework.StepValues;
import org.sanxiang.casework.internal.procedure.Field;
import org.sanxiang.casework.internal.procedure.ProcedureDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's facts and a step's record as stored (JSON) and as the ledger records them: dates and times as ISO
 * text, amounts as plain decimal text, so that the same facts always give the same canonical JSON. Read back
 * with the types the procedure's fields give them.
 */
public final class CaseData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseData() {
    }

    /** The values as plain JSON values, sorted by name. */
    public static Map<String, Object> plain(StepValues values) {
        Map<String, Object> plain = new TreeMap<>();
        values.values().forEach((name, value) -> plain.put(name, plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        if (value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value;
    }

    public static String write(StepValues values) {
        return JSON.writeValueAsString(plain(values));
    }

    public static StepValues read(String json, ProcedureDefinition procedure) {
        Map<String, Object> values = new TreeMap<>();
        JsonNode node = JSON.readTree(json);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Field.Type type = procedure.factType(e.getKey()).orElse(Field.Type.TEXT);
            values.put(e.getKey(), typed(type, e.getValue()));
        }
        return new StepValues(values);
    }

    private static Object typed(Field.Type type, JsonNode value) {
        return switch (type) {
            case DATE -> LocalDate.parse(value.asString());
            case TIME -> Instant.parse(value.asString());
            case AMOUNT -> new BigDecimal(value.asString());
            case YES_NO -> value.asBoolean();
            case DAYS -> value.asInt();
            case OFFICERS -> {
                List<Long> ids = new ArrayList<>();
                value.forEach(id -> ids.add(id.asLong()));
                yield List.copyOf(ids);
            }
            default -> value.asString();
        };
    }
}
