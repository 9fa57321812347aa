package org.sanxiang.catalog.internal.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of an item: each field of the format whose value differs, with its lines
 * before and after, in the order the fields appear (the older version's first, then fields only the newer has).
 */
public final class VersionDiff {

    /** One field that changed; an empty side means the field was added or removed. */
    public record Change(String field, List<String> before, List<String> after) {
    }

    private VersionDiff() {
    }

    public static List<Change> between(ItemContent older, ItemContent newer) {
        JsonNode a = older.json();
        JsonNode b = newer.json();
        Set<String> fields = new LinkedHashSet<>(a.propertyNames());
        fields.addAll(b.propertyNames());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                changes.add(new Change(field, older.shown(field), newer.shown(field)));
            }
        }
        return changes;
    }
}
