package org.sanxiang.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.sanxiang.ledger.internal.json.CanonicalJson;

/**
 * An entry's own facts (who, when, which module, what happened, about what, whose record), written into its
 * payload under the reserved key {@value #KEY}. The leaf hash is H(0x00 ‖ payload) (RFC 6962 §2.1), so it covers
 * them as it covers the facts of the change: an actor or a time changed in the database is caught by
 * {@code ledger verify} like any altered fact, and anyone holding the payload recomputes the leaf hash from it alone.
 * <p>
 * {@value #KEY} sorts before every key that starts with a letter (RFC 8785 §3.2.3), so it opens the canonical
 * payload, and the verifier compares an entry's columns with the payload's first bytes without parsing it.
 */
final class EntryHeader {

    static final String KEY = "$entry";

    private static final byte[] HEADER_OPENING = ("{\"" + KEY + "\":").getBytes(StandardCharsets.UTF_8);

    /** Microseconds: what both databases keep of a timestamp, so the stored column gives back the hashed text. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryHeader() {
    }

    /** The canonical payload: the facts and, under {@value #KEY}, the entry's own facts. */
    static byte[] payload(Map<String, ?> facts, String module, String entryType, String subjectType, String subjectId,
            Long agencyId, Instant time, String actor) {
        Map<String, Object> payload = new HashMap<>(facts);
        for (String key : facts.keySet()) {
            if (key.isEmpty() || key.charAt(0) <= '$') { // would sort before the header, or be it
                throw new IllegalArgumentException("a ledger payload key must not start with '$' or a character "
                        + "sorting before it: '" + key + "'");
            }
        }
        payload.put(KEY, header(module, entryType, subjectType, subjectId, agencyId, time, actor));
        return CanonicalJson.bytes(payload);
    }

    /**
     * Whether the payload opens with the header that the entry's columns describe. Entries written before headers
     * existed (migration V8) have none and pass: their payloads are still hashed, and a header cannot be taken off
     * a newer entry without changing its leaf hash.
     */
    static boolean matches(EntryStore.Row row) {
        if (!startsWith(row.payload(), HEADER_OPENING)) {
            return true;
        }
        String header = CanonicalJson.string(Map.of(KEY, header(row.module(), row.entryType(), row.subjectType(),
                row.subjectId(), row.agencyId(), row.createdAt(), row.actor())));
        byte[] prefix = header.substring(0, header.length() - 1).getBytes(StandardCharsets.UTF_8);
        byte[] payload = row.payload();
        return payload.length > prefix.length && startsWith(payload, prefix)
                && (payload[prefix.length] == ',' || payload[prefix.length] == '}');
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static String time(Instant time) {
        return TIME.format(time);
    }

    private static Map<String, Object> header(String module, String entryType, String subjectType, String subjectId,
            Long agencyId, Instant time, String actor) {
        Map<String, Object> header = new HashMap<>();
        header.put("actor", actor);
        header.put("agency", agencyId);
        header.put("module", module);
        header.put("subject", Map.of("type", subjectType, "id", subjectId));
        header.put("time", time(time));
        header.put("type", entryType);
        return header;
    }
}
