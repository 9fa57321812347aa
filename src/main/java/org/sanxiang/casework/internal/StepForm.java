package org.sanxiang.casework.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.internal.procedure.Field;
import org.sanxiang.casework.internal.procedure.StepRecords;
import org.sanxiang.casework.internal.procedure.Transition;
import org.sanxiang.platform.ChinaTime;
import org.springframework.util.MultiValueMap;

/**
 * A step's record as a workbench form posts it: only the step's own fields (not the form's token or the case's
 * header), the officers of a multiple choice as a list, a time typed on the China clock as an instant.
 * {@link StepRecords#read} then checks it as it checks the API's JSON.
 */
final class StepForm {

    private StepForm() {
    }

    static Map<String, Object> record(Transition step, MultiValueMap<String, String> form) {
        List<Field> fields = new ArrayList<>(step.fields());
        if (step.avLevel() != AvLevel.NONE) {
            fields.add(Field.optional(StepRecords.AV_SKIP_REASON, Field.Type.LONG_TEXT, "", ""));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        for (Field field : fields) {
            List<String> values = form.getOrDefault(field.name(), List.of()).stream().filter(v -> !v.isBlank())
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            record.put(field.name(), switch (field.type()) {
                case OFFICERS -> values;
                case TIME -> instant(values.get(0));
                default -> values.get(0);
            });
        }
        return record;
    }

    // <input type="datetime-local"> gives 2026-12-01T08:30 on the officer's (China) clock
    private static String instant(String typed) {
        try {
            return LocalDateTime.parse(typed).atZone(ChinaTime.ZONE).toInstant().toString();
        } catch (DateTimeParseException e) {
            return typed; // StepRecords names the field and the expected form
        }
    }
}
