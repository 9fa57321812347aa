package org.sanxiang.casework.internal.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.casework.AvLevel;
import org.sanxiang.casework.StepValues;
import org.sanxiang.platform.InvalidInputException;

/**
 * Reads a step's record as its fields define it, from JSON values or a form's text: every problem at once, in
 * Chinese and English, naming the field. A step that may be recorded on audio/video also takes
 * {@value #AV_SKIP_REASON}, the reason a recommended recording was not made.
 */
public final class StepRecords {

    public static final String AV_SKIP_REASON = "avSkipReason";
    static final int TEXT_MAX = 200;
    static final int LONG_TEXT_MAX = 20_000;
    static final BigDecimal AMOUNT_MAX = new BigDecimal("1000000000000");

    private StepRecords() {
    }

    /** @throws InvalidInputException naming every field that is missing, unknown or invalid */
    public static StepValues read(Transition step, Map<String, ?> body) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Map<String, Field> fields = new LinkedHashMap<>();
        step.fields().forEach(f -> fields.put(f.name(), f));
        if (step.avLevel() != AvLevel.NONE) {
            fields.put(AV_SKIP_REASON, Field.optional(AV_SKIP_REASON, Field.Type.LONG_TEXT, "未音像记录的理由",
                    "Why there is no recording"));
        }
        body.keySet().stream().filter(k -> !fields.containsKey(k)).forEach(k -> {
            zh.add("“" + step.zh() + "”没有字段 " + k);
            en.add(step.en() + " has no field " + k);
        });
        for (Field field : fields.values()) {
            Object raw = body.get(field.name());
            if (blank(raw)) {
                if (field.required()) {
                    zh.add("请填写“" + field.zh() + "”");
                    en.add(field.en() + " is required");
                }
                continue;
            }
            try {
                values.put(field.name(), value(field, raw));
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                zh.add("“" + field.zh() + "”" + problem(field));
                en.add(field.en() + ": " + field.type().name().toLowerCase().replace('_', ' ') + " expected");
            }
        }
        if (!zh.isEmpty()) {
            throw new InvalidInputException(String.join("；", zh), String.join("; ", en));
        }
        return new StepValues(values);
    }

    private static Object value(Field field, Object raw) {
        String text = raw.toString().strip();
        return switch (field.type()) {
            case TEXT -> limited(text, TEXT_MAX);
            case LONG_TEXT -> limited(text, LONG_TEXT_MAX);
            case DATE -> LocalDate.parse(text);
            case TIME -> Instant.parse(text);
            case AMOUNT -> amount(raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text));
            case CHOICE -> field.choices().stream().filter(c -> c.value().equals(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(text)).value();
            case YES_NO -> yesNo(raw, text);
            case DAYS -> days(Integer.parseInt(text));
            case OFFICERS -> officers(raw);
        };
    }

    private static String problem(Field field) {
        return switch (field.type()) {
            case TEXT -> "不超过 " + TEXT_MAX + " 字";
            case LONG_TEXT -> "不超过 " + LONG_TEXT_MAX + " 字";
            case DATE -> "须为日期（如 2026-12-01）";
            case TIME -> "须为时间（如 2026-12-01T08:30:00Z）";
            case AMOUNT -> "须为不小于零、最多两位小数的金额（元）";
            case CHOICE -> "须为以下之一：" + String.join("、", field.choices().stream().map(Field.Choice::zh).toList());
            case YES_NO -> "须为“是”或“否”";
            case DAYS -> "须为 1 至 365 的天数";
            case OFFICERS -> "须为执法人员编号";
        };
    }

    private static boolean blank(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof List<?> l && l.isEmpty();
    }

    private static String limited(String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new IllegalArgumentException("too long");
        }
        return text;
    }

    private static BigDecimal amount(BigDecimal amount) {
        if (amount.signum() < 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(AMOUNT_MAX) > 0) {
            throw new IllegalArgumentException("amount");
        }
        return amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }

    private static boolean yesNo(Object raw, String text) {
        if (raw instanceof Boolean b) {
            return b;
        }
        return switch (text) {
            case "true", "on", "yes", "是" -> true;
            case "false", "off", "no", "否" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static int days(int days) {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("days");
        }
        return days;
    }

    private static List<Long> officers(Object raw) {
        List<?> items = raw instanceof List<?> list ? list : Arrays.asList(raw.toString().split("[,，\\s]+"));
        return items.stream().map(o -> o.toString().strip()).filter(s -> !s.isEmpty()).map(Long::parseLong)
                .distinct().toList();
    }
}
