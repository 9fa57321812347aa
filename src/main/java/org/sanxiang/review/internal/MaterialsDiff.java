package org.sanxiang.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanxiang.review.internal.rules.DraftDecisions;
import tools.jackson.databind.JsonNode;

/**
 * What a resubmission changed against the round before it (every round is kept, the reviewer reads the difference):
 * the decision drafted, the documents in force, the evidence and the steps taken since, in words.
 */
final class MaterialsDiff {

    private MaterialsDiff() {
    }

    static List<String> between(LegalReview before, LegalReview after) {
        List<String> changes = new ArrayList<>();
        JsonNode was = Materials.read(before.getSnapshot());
        JsonNode is = Materials.read(after.getSnapshot());
        String drafted = draft(before);
        if (!drafted.equals(draft(after))) {
            changes.add("拟作出的决定：" + drafted + " → " + draft(after));
        }
        Map<Long, JsonNode> documentsBefore = byId(was.path("documents"));
        Map<Long, JsonNode> documentsAfter = byId(is.path("documents"));
        documentsAfter.forEach((id, d) -> {
            JsonNode old = documentsBefore.get(id);
            if (old == null) {
                changes.add("新签发文书：" + document(d));
            } else if (!old.path("sha256").asString().equals(d.path("sha256").asString())) {
                changes.add("文书已变更：" + document(d));
            }
        });
        documentsBefore.forEach((id, d) -> {
            if (!documentsAfter.containsKey(id)) {
                changes.add("文书已更正或撤回：" + document(d));
            }
        });
        Map<Long, JsonNode> evidenceBefore = byId(was.path("evidence"));
        Map<Long, JsonNode> evidenceAfter = byId(is.path("evidence"));
        evidenceAfter.keySet().stream().filter(id -> !evidenceBefore.containsKey(id))
                .forEach(id -> changes.add("新增证据 #" + id));
        evidenceBefore.keySet().stream().filter(id -> !evidenceAfter.containsKey(id))
                .forEach(id -> changes.add("证据 #" + id + " 已不在案"));
        int stepsBefore = was.path("steps").size();
        for (int i = stepsBefore; i < is.path("steps").size(); i++) {
            JsonNode step = is.path("steps").get(i);
            changes.add("新的办案步骤：" + step.path("transition").asString() + "（" + step.path("actor").asString()
                    + "）");
        }
        if (!Objects.equals(before.getStatement(), after.getStatement())) {
            changes.add("送审说明已修改");
        }
        return changes;
    }

    /** The decision a round was asked to review, in the list's words. */
    static String draft(LegalReview round) {
        return DraftDecisions.words(round.getDraftOutcome(), round.getDraftPenalty(), round.getDraftFine());
    }

    private static String document(JsonNode d) {
        String number = d.path("number").asString();
        return d.path("title").asString() + ("null".equals(number) ? "" : " " + number);
    }

    private static Map<Long, JsonNode> byId(JsonNode list) {
        Map<Long, JsonNode> byId = new LinkedHashMap<>();
        list.values().forEach(n -> byId.put(n.path("id").asLong(), n));
        return byId;
    }
}
