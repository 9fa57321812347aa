package org.sanxiang.review.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.document.CaseDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's materials as a round freezes them (000 §三6: the submitter answers for them): its steps with their
 * records, the documents in force with their PDFs' hashes and the evidence linked to it, as canonical JSON whose
 * SHA-256 is the round's ledger fact. The gate compares the documents and evidence with the case's now.
 */
final class Materials {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Materials() {
    }

    static String snapshot(CaseFacts kase, List<CaseDocuments.InForce> documents, Map<String, Object> draft) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("case", kase.number());
        snapshot.put("draft", draft);
        snapshot.put("steps", kase.steps().stream().map(s -> Map.of("transition", s.transition(), "at",
                s.at().toString(), "actor", s.actor(), "record", plain(s.record().values()))).toList());
        snapshot.put("documents", documents.stream().map(d -> Map.of("id", d.id(), "template", d.template(),
                "title", d.title(), "number", String.valueOf(d.number()), "version", d.version(), "sha256",
                String.valueOf(d.sha256()))).toList());
        snapshot.put("evidence", kase.evidence().stream().map(e -> Map.of("id", e.id(), "kind", e.kind().name(),
                "step", String.valueOf(e.step()))).toList());
        return JSON.writeValueAsString(snapshot);
    }

    // sorted, every value as text: the same record always freezes to the same bytes
    private static Map<String, String> plain(Map<String, Object> values) {
        Map<String, String> plain = new TreeMap<>();
        values.forEach((k, v) -> plain.put(k, String.valueOf(v)));
        return plain;
    }

    static String sha256(String snapshot) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(snapshot.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<Long> ids(String snapshot, String part) {
        Set<Long> ids = new TreeSet<>();
        JsonNode node = JSON.readTree(snapshot).path(part);
        node.values().forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    static JsonNode read(String snapshot) {
        return JSON.readTree(snapshot);
    }
}
