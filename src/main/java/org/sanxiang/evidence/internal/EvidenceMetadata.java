package org.sanxiang.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.platform.ChinaTime;

/**
 * What the uploader says about a file: sent as the tus {@code Upload-Metadata} header
 * ({@code key base64(value),key base64(value),...}) when the upload is created.
 * Case, step and party are free references until casework exists.
 */
public record EvidenceMetadata(
        EvidenceKind kind,
        String deviceSerial,
        String officer,
        Instant capturedAt,
        String place,
        String fileName,
        String caseRef,
        String stepRef,
        String partyRef) {

    /** @throws IllegalArgumentException naming the field (its message key) when a value is missing or malformed */
    public static EvidenceMetadata fromTus(String header) {
        Map<String, String> values = decode(header);
        try {
            return new EvidenceMetadata(
                    kind(values.get("kind")),
                    text(values, "deviceSerial", 64),
                    text(values, "officer", 64),
                    instant(values.get("capturedAt")),
                    text(values, "place", 200),
                    text(values, values.containsKey("filename") ? "filename" : "fileName", 255),
                    text(values, "caseRef", 100),
                    text(values, "stepRef", 100),
                    text(values, "partyRef", 100));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("capturedAt");
        }
    }

    /** The facts as the ledger records them (absent values left out). */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", kind.name());
        put(facts, "deviceSerial", deviceSerial);
        put(facts, "officer", officer);
        put(facts, "capturedAt", capturedAt == null ? null : capturedAt.toString());
        put(facts, "place", place);
        put(facts, "fileName", fileName);
        put(facts, "caseRef", caseRef);
        put(facts, "stepRef", stepRef);
        put(facts, "partyRef", partyRef);
        return facts;
    }

    static void put(Map<String, Object> facts, String key, Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    private static Map<String, String> decode(String header) {
        Map<String, String> values = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.trim().split(" ", 2);
            try {
                values.put(kv[0], kv.length < 2 ? "" : new String(Base64.getDecoder().decode(kv[1].trim()),
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notBase64) { // tus sends every value Base64-encoded
                throw new IllegalArgumentException("metadata");
            }
        }
        return values;
    }

    private static EvidenceKind kind(String value) {
        try {
            return EvidenceKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) { // absent or not a kind
            throw new IllegalArgumentException("kind");
        }
    }

    private static String text(Map<String, String> values, String key, int maxLength) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(key);
        }
        return value.trim();
    }

    /**
     * An ISO instant, or a local date-time (as a browser's datetime-local input sends it) in China time; to the
     * microsecond, what both databases keep, so that the row reads back what the ledger entry recorded.
     */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                ? java.time.OffsetDateTime.parse(value).toInstant()
                : LocalDateTime.parse(value).atZone(ChinaTime.ZONE).toInstant();
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
