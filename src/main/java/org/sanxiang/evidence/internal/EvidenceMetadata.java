package org.sanxiang.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** What the recording rules require of every new upload (see {@link #fromUpload}). */
    static final List<String> REQUIRED = List.of("kind", "capturedAt", "officer", "caseRef");

    /**
     * The metadata of an upload as stored: lenient about what uploads begun before {@link #REQUIRED} lacked.
     *
     * @throws InvalidMetadata naming the fields (their message keys) that are missing or malformed
     */
    public static EvidenceMetadata fromTus(String header) {
        return parse(decode(header), List.of("kind"));
    }

    /**
     * The metadata a new upload declares. The recording rules (执法全过程记录: who recorded what, when, for which case;
     * 许昌市商务局方案 三(二)2 记录要素) make kind, capture time, officer and record required; the officer defaults to
     * who signed in and the capture time to now. The case or record number is free text until casework exists.
     *
     * @throws InvalidMetadata naming every field that is missing or malformed
     */
    public static EvidenceMetadata fromUpload(String header, String officer, Instant now) {
        Map<String, String> values = decode(header);
        defaultTo(values, "officer", officer);
        defaultTo(values, "capturedAt", now.toString());
        return parse(values, REQUIRED);
    }

    /** As the tus {@code Upload-Metadata} header, which {@link #fromTus} reads back as it is. */
    public String toTus() {
        Map<String, Object> values = new LinkedHashMap<>(facts());
        values.put("kind", kind.name().toLowerCase(Locale.ROOT));
        return values.entrySet().stream().map(e -> e.getKey() + " " + Base64.getEncoder()
                        .encodeToString(e.getValue().toString().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }

    private static void defaultTo(Map<String, String> values, String key, String value) {
        if (value != null && (values.get(key) == null || values.get(key).isBlank())) {
            values.put(key, value);
        }
    }

    private static EvidenceMetadata parse(Map<String, String> values, List<String> required) {
        Fields fields = new Fields(values, required);
        EvidenceMetadata metadata = new EvidenceMetadata(
                fields.read("kind", EvidenceMetadata::kind),
                fields.text("deviceSerial", 64),
                fields.text("officer", 64),
                fields.read("capturedAt", EvidenceMetadata::instant),
                fields.text("place", 200),
                fields.text(values.containsKey("filename") ? "filename" : "fileName", 255),
                fields.text("caseRef", 100),
                fields.text("stepRef", 100),
                fields.text("partyRef", 100));
        if (!fields.invalid.isEmpty()) {
            throw new InvalidMetadata(fields.invalid);
        }
        return metadata;
    }

    /** The metadata named fields (message keys {@code evidence.field.<name>}) that are missing or malformed. */
    public static final class InvalidMetadata extends IllegalArgumentException {

        private final List<String> fields;

        InvalidMetadata(List<String> fields) {
            super(String.join(",", fields));
            this.fields = List.copyOf(fields);
        }

        public List<String> fields() {
            return fields;
        }
    }

    /** Reads the values, noting each required one that is absent and each that does not parse. */
    private static final class Fields {

        private final Map<String, String> values;
        private final List<String> required;
        private final List<String> invalid = new ArrayList<>();

        Fields(Map<String, String> values, List<String> required) {
            this.values = values;
            this.required = required;
        }

        <T> T read(String key, Function<String, T> parser) {
            String value = values.get(key);
            if (value == null || value.isBlank()) {
                if (required.contains(key)) {
                    invalid.add(key);
                }
                return null;
            }
            try {
                return parser.apply(value.trim());
            } catch (RuntimeException malformed) {
                invalid.add(key);
                return null;
            }
        }

        String text(String key, int maxLength) {
            return read(key, value -> {
                if (value.length() > maxLength) {
                    throw new IllegalArgumentException(key);
                }
                return value;
            });
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
                throw new InvalidMetadata(List.of("metadata"));
            }
        }
        return values;
    }

    private static EvidenceKind kind(String value) {
        return EvidenceKind.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /**
     * An ISO instant, or a local date-time (as a browser's datetime-local input sends it) in China time; to the
     * microsecond, what both databases keep, so that the row reads back what the ledger entry recorded.
     */
    private static Instant instant(String value) {
        Instant instant = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")
                ? java.time.OffsetDateTime.parse(value).toInstant()
                : LocalDateTime.parse(value).atZone(ChinaTime.ZONE).toInstant();
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
