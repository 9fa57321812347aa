package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.platform.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of an agency's lists (docs/catalog-format.md): read for an import, and written by an export, which
 * adds each version's {@code id}, {@code version}, {@code state} and dates (an import reads past them) and the day
 * it was in force on.
 */
final class CatalogJsonFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogJsonFile() {
    }

    static CatalogFile read(byte[] file) {
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            throw new InvalidInputException("文件不是有效的 JSON：" + e.getOriginalMessage(),
                    "Not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("文件须为一个 JSON 对象", "The file must be one JSON object");
        }
        List<CatalogFile.Problem> problems = new ArrayList<>();
        LocalDate from = date(root, problems);
        List<CatalogFile.Entry> items = new ArrayList<>();
        for (CatalogList list : CatalogList.values()) {
            JsonNode array = root.get(list.key());
            int row = 0;
            for (JsonNode node : array == null ? List.<JsonNode>of() : array.values()) {
                items.add(new CatalogFile.Entry(list.key(), ++row, ItemContent.of(list, node)));
            }
        }
        List<CatalogFile.RepealRow> repeals = new ArrayList<>();
        JsonNode array = root.get("repeals");
        int row = 0;
        for (JsonNode node : array == null ? List.<JsonNode>of() : array.values()) {
            repeals.add(new CatalogFile.RepealRow("repeals", ++row, text(node, "list"), text(node, "code"),
                    text(node, "reason")));
        }
        return new CatalogFile(text(root, "agency"), from, items, repeals, problems, false);
    }

    /**
     * @param inForceOn the day the versions were in force on, or {@code null} for each item's newest version
     */
    static byte[] write(String agency, LocalDate inForceOn, List<CatalogVersion> versions) {
        ObjectNode root = JSON.createObjectNode();
        root.put("agency", agency);
        root.put("inForceOn", inForceOn == null ? null : inForceOn.toString());
        for (CatalogList list : CatalogList.values()) {
            var array = root.putArray(list.key());
            versions.stream().filter(v -> v.getList() == list).forEach(v -> {
                ObjectNode item = array.addObject();
                item.put("id", v.getId());
                item.put("version", v.getNumber());
                item.put("state", v.getState().name());
                item.put("effectiveFrom", v.getEffectiveFrom() == null ? null : v.getEffectiveFrom().toString());
                item.setAll((ObjectNode) v.item().json());
            });
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static LocalDate date(JsonNode root, List<CatalogFile.Problem> problems) {
        String text = text(root, "effectiveFrom");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new CatalogFile.Problem("effectiveFrom", 0, null, "effectiveFrom 须为 YYYY-MM-DD：" + text,
                    "effectiveFrom must be YYYY-MM-DD: " + text));
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
    }
}
