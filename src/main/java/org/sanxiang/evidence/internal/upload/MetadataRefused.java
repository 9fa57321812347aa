package org.sanxiang.evidence.internal.upload;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * An upload whose metadata lacks what the recording rules require, or has a malformed value: 400 naming every such
 * field, as the problem's {@code errors} ({@code [{"field","message","messages":{"zh","en"}}]}, field as in
 * {@code Upload-Metadata}), so that a page can show each message beside its field.
 */
class MetadataRefused extends UploadException {

    private final List<Map<String, Object>> errors;

    MetadataRefused(List<String> fields, MessageSource messages) {
        super(HttpStatus.BAD_REQUEST,
                "上传元数据缺失或无效：" + labels(fields, messages, Locale.SIMPLIFIED_CHINESE, "、"),
                "missing or invalid Upload-Metadata: " + labels(fields, messages, Locale.ENGLISH, ", "));
        this.errors = fields.stream().map(field -> {
            String zh = invalid(field, messages, Locale.SIMPLIFIED_CHINESE);
            return Map.<String, Object>of("field", field, "message", zh,
                    "messages", Map.of("zh", zh, "en", invalid(field, messages, Locale.ENGLISH)));
        }).toList();
    }

    List<Map<String, Object>> errors() {
        return errors;
    }

    private static String labels(List<String> fields, MessageSource messages, Locale locale, String separator) {
        return fields.stream().map(f -> label(f, messages, locale)).collect(Collectors.joining(separator));
    }

    private static String invalid(String field, MessageSource messages, Locale locale) {
        return messages.getMessage("evidence.field.metadata.invalid", new Object[] {label(field, messages, locale)},
                locale);
    }

    private static String label(String field, MessageSource messages, Locale locale) {
        String key = "evidence.field." + ("filename".equals(field) ? "fileName" : field);
        return messages.getMessage(key, null, field, locale);
    }
}
