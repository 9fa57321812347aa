package org.sanxiang.document.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.document.internal.template.DocField;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.platform.InvalidInputException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document's field values as stored (JSON text) and as a form sends them: each checked against its field's kind
 * (a date, an amount in yuan), its length bounded, unknown fields dropped. A required field may stay empty in a
 * draft; the issue refuses it by rule.
 */
final class DocumentFields {

    static final int MAX_TEXT = 200;
    static final int MAX_LONG_TEXT = 20000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DocumentFields() {
    }

    static String write(DocumentTemplate template, Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> problemsEn = new ArrayList<>();
        for (DocField field : template.fields()) {
            String value = values.get(field.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            String problem = problem(field, value);
            if (problem != null) {
                problems.add(field.label().zh() + problem);
                problemsEn.add(field.label().en());
            } else {
                kept.put(field.name(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("；", problems), "Invalid: " + String.join(", ", problemsEn));
        }
        return JSON.writeValueAsString(kept);
    }

    static Map<String, String> read(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    private static String problem(DocField field, String value) {
        int max = field.kind() == DocField.Kind.TEXT || field.kind() == DocField.Kind.DATE
                || field.kind() == DocField.Kind.AMOUNT ? MAX_TEXT : MAX_LONG_TEXT;
        if (value.length() > max) {
            return "不能超过 " + max + " 字";
        }
        try {
            switch (field.kind()) {
                case DATE -> LocalDate.parse(value);
                case AMOUNT -> {
                    BigDecimal amount = new BigDecimal(value);
                    if (amount.signum() < 0 || amount.scale() > 2) {
                        return "应为不小于零、至多两位小数的金额（元）";
                    }
                }
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            return "应为日期（如 2026-03-05）";
        } catch (NumberFormatException e) {
            return "应为金额（元），如 5000 或 5000.50";
        }
        return null;
    }
}
