package org.sanxiang.catalog.internal.item;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.platform.rule.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One item of a list as the JSON import format gives it (docs/catalog-format.md), read: its code, name, category,
 * unit, citations and (for a violation) its bands. What cannot be read is a {@link #problems() problem}, in the
 * reader's words; whether what can be read is lawful is for the rules.
 */
public final class ItemContent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogList list;
    private final ObjectNode node;
    private final List<Text> problems = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();

    private ItemContent(CatalogList list, ObjectNode node) {
        this.list = list;
        this.node = node;
        require("code", "事项编码");
        require("name", "名称");
        if (list == CatalogList.VIOLATIONS) {
            readBands();
        }
        for (String field : list.basisFields()) {
            citations(field);
        }
    }

    public static ItemContent of(CatalogList list, JsonNode node) {
        if (node == null || !node.isObject()) {
            ItemContent empty = new ItemContent(list, JSON.createObjectNode());
            empty.problems.add(0, new Text("事项须为 JSON 对象", "An item must be a JSON object"));
            return empty;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        // what an export adds is not content: an import of an export must not carry another version's identity
        copy.remove(List.of("id", "version", "effectiveFrom", "state"));
        return new ItemContent(list, copy);
    }

    public static ItemContent parse(CatalogList list, String json) {
        return of(list, JSON.readTree(json));
    }

    public CatalogList list() {
        return list;
    }

    public String code() {
        return text("code");
    }

    public String name() {
        return text("name");
    }

    /** The 权责清单's category (许可、处罚、…), or {@code null} for the other lists. */
    public String category() {
        return list.categoryField() == null ? null : text(list.categoryField());
    }

    /** The body or unit that does it, for the readers' filter, or {@code null}. */
    public String unit() {
        return list.unitField() == null ? null : text(list.unitField());
    }

    /** Every citation of every basis field, in order. */
    public List<Citation> citations() {
        return list.basisFields().stream().flatMap(f -> citations(f).stream()).toList();
    }

    /** The citations of one basis field ({@code legalBasis}, or a violation's two provisions). */
    public List<Citation> citations(String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return array.values().stream().filter(JsonNode::isObject).map(c -> new Citation(string(c, "law"),
                string(c, "article"), string(c, "clause"), string(c, "text"))).toList();
    }

    /** A violation's circumstance bands, as far as they could be read. */
    public List<Band> bands() {
        return List.copyOf(bands);
    }

    public List<Text> problems() {
        return List.copyOf(problems);
    }

    public JsonNode json() {
        return node.deepCopy();
    }

    /** The content as canonical JSON (keys sorted, no spaces): what its hash is taken of. */
    public String canonical() {
        return JSON.writeValueAsString(sorted(node));
    }

    /**
     * The same content, whatever the order of its fields and whether an absent value is written as null or as an
     * empty list.
     */
    public boolean sameContent(ItemContent other) {
        return list == other.list && java.util.Objects.equals(withoutNulls(node), withoutNulls(other.node));
    }

    private static Object withoutNulls(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> {
                if (!e.getValue().isNull() && !(e.getValue().isArray() && e.getValue().isEmpty())) {
                    map.put(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            return map;
        }
        if (node.isArray()) {
            return node.values().stream().map(ItemContent::withoutNulls).toList();
        }
        // 50000 and 50000.0 are the same amount
        return node.isNumber() ? (Object) node.decimalValue().stripTrailingZeros() : node.asString();
    }

    /** The SHA-256 of {@link #canonical()}, hex: what a publication records and every ledger entry carries. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content as stored and exported (the format's key order). */
    public String stored() {
        return JSON.writeValueAsString(node);
    }

    /** A top-level text field, {@code null} when absent or blank. */
    public String text(String field) {
        return string(node, field);
    }

    /** A top-level field as lines: an array's texts, or one text. */
    public List<String> lines(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        return value.isArray() ? value.values().stream().map(ItemContent::display).toList() : List.of(display(value));
    }

    /** A field as a reader sees it, in lines: a citation as its reference and text, a band as its range. */
    public List<String> shown(String field) {
        if (list.basisFields().contains(field)) {
            return citations(field).stream().map(c -> c.reference() + "：" + c.text()).toList();
        }
        if ("bands".equals(field)) {
            return bands().stream().map(b -> b.circumstance().zh() + "：" + b.range().describe()
                    + (b.conditions() == null ? "" : "（" + b.conditions() + "）")).toList();
        }
        return lines(field);
    }

    /** The fields a reader sees, in the format's order, each as lines (citations and bands are shown apart). */
    public Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        node.propertyNames().forEach(name -> {
            if (!list.basisFields().contains(name) && !"bands".equals(name) && !"code".equals(name)
                    && !"name".equals(name)) {
                fields.put(name, lines(name));
            }
        });
        return fields;
    }

    private static String display(JsonNode value) {
        if (value.isObject()) {
            // a service guide's material: "食品经营许可申请书（原件1份；样表说明）"
            List<String> parts = value.values().stream().map(ItemContent::display).toList();
            return parts.get(0) + (parts.size() > 1 ? "（" + String.join("；", parts.subList(1, parts.size())) + "）" : "");
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private void require(String field, String label) {
        if (text(field) == null) {
            problems.add(new Text("缺少" + label + "（" + field + "）", "Missing " + field));
        }
    }

    private void readBands() {
        JsonNode array = node.get("bands");
        if (array == null || !array.isArray() || array.isEmpty()) {
            problems.add(new Text("违法行为须列出裁量基准的情节档次（bands）", "A violation needs its benchmark bands"));
            return;
        }
        int n = 0;
        for (JsonNode band : array.values()) {
            n++;
            String circumstance = string(band, "circumstance");
            var known = Circumstance.of(circumstance);
            if (known.isEmpty()) {
                problems.add(new Text("第 " + n + " 档的情节“" + circumstance + "”不是不予处罚、减轻、从轻、一般、从重之一",
                        "Band " + n + ": unknown circumstance '" + circumstance + "'"));
                continue;
            }
            readRange(n, band.get("range")).ifPresent(range -> bands.add(new Band(known.get(),
                    string(band, "conditions"), range)));
        }
    }

    private java.util.Optional<PenaltyRange> readRange(int n, JsonNode range) {
        String kind = range == null ? null : string(range, "kind");
        if ("NONE".equals(kind)) {
            return java.util.Optional.of(PenaltyRange.none());
        }
        if (!"AMOUNT".equals(kind) && !"MULTIPLE".equals(kind)) {
            problems.add(new Text("第 " + n + " 档的幅度须为 AMOUNT、MULTIPLE 或 NONE", "Band " + n + ": range kind "
                    + "must be AMOUNT, MULTIPLE or NONE"));
            return java.util.Optional.empty();
        }
        String of = "MULTIPLE".equals(kind) ? string(range, "of") : null;
        if ("MULTIPLE".equals(kind) && !"GOODS_VALUE".equals(of) && !"ILLEGAL_GAINS".equals(of)) {
            problems.add(new Text("第 " + n + " 档的倍数须注明基数（GOODS_VALUE 货值金额或 ILLEGAL_GAINS 违法所得）",
                    "Band " + n + ": a multiple needs its base (GOODS_VALUE or ILLEGAL_GAINS)"));
            return java.util.Optional.empty();
        }
        BigDecimal min = number(n, range, "min", true);
        BigDecimal max = number(n, range, "max", true);
        BigDecimal floor = number(n, range, "floor", false);
        BigDecimal cap = number(n, range, "cap", false);
        return min == null || max == null ? java.util.Optional.empty()
                : java.util.Optional.of(new PenaltyRange(PenaltyRange.Kind.valueOf(kind), of, min, max, floor, cap));
    }

    private BigDecimal number(int n, JsonNode range, String field, boolean required) {
        JsonNode value = range.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Text("第 " + n + " 档缺少" + field, "Band " + n + ": missing " + field));
            }
            return null;
        }
        if (!value.isNumber() || value.decimalValue().signum() < 0) {
            problems.add(new Text("第 " + n + " 档的 " + field + " 须为不小于 0 的数", "Band " + n + ": " + field
                    + " must be a number ≥ 0"));
            return null;
        }
        return value.decimalValue();
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), sorted(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            return node.values().stream().map(ItemContent::sorted).toList();
        }
        return node;
    }

}
