package org.sanxiang.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.Band;
import org.sanxiang.catalog.internal.item.Circumstance;
import org.sanxiang.catalog.internal.item.Citation;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.item.ListFields;
import org.sanxiang.catalog.internal.item.PenaltyRange;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workbench's form of an item: code, name, category, the list's text fields, its citations (rows of law,
 * article, clause, text per basis field) and, for a violation, one band row per circumstance. Empty rows are
 * left out. It writes the item in the import format, on top of what the item had (fields the form does not show
 * stay).
 */
public class ItemForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Empty citation rows offered per basis field, for a new provision. */
    static final int SPARE_CITATIONS = 1;

    private String code;
    private String name;
    private String category;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    private Map<String, String> fields = new LinkedHashMap<>();
    private List<CitationRow> citations = new ArrayList<>();
    private List<BandRow> bands = new ArrayList<>();

    public static class CitationRow {
        private String field;
        private String law;
        private String article;
        private String clause;
        private String text;

        public CitationRow() {
        }

        CitationRow(String field, Citation c) {
            this.field = field;
            if (c != null) {
                law = c.law();
                article = c.article();
                clause = c.clause();
                text = c.text();
            }
        }

        boolean isEmpty() {
            return blank(law) && blank(article) && blank(clause) && blank(text);
        }

        public String getField() { return field; }
        public void setField(String field) { this.field = field; }
        public String getLaw() { return law; }
        public void setLaw(String law) { this.law = law; }
        public String getArticle() { return article; }
        public void setArticle(String article) { this.article = article; }
        public String getClause() { return clause; }
        public void setClause(String clause) { this.clause = clause; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** One circumstance's band; {@code kind} empty: the benchmark has no such band. */
    public static class BandRow {
        private String circumstance;
        private String conditions;
        private String kind;
        private String of;
        private BigDecimal min;
        private BigDecimal max;
        private BigDecimal floor;
        private BigDecimal cap;

        public BandRow() {
        }

        BandRow(Circumstance circumstance, Band band) {
            this.circumstance = circumstance.zh();
            if (band != null) {
                PenaltyRange r = band.range();
                conditions = band.conditions();
                kind = r.kind().name();
                of = r.of();
                min = r.min();
                max = r.max();
                floor = r.floor();
                cap = r.cap();
            }
        }

        public String getCircumstance() { return circumstance; }
        public void setCircumstance(String circumstance) { this.circumstance = circumstance; }
        public String getConditions() { return conditions; }
        public void setConditions(String conditions) { this.conditions = conditions; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getOf() { return of; }
        public void setOf(String of) { this.of = of; }
        public BigDecimal getMin() { return min; }
        public void setMin(BigDecimal min) { this.min = min; }
        public BigDecimal getMax() { return max; }
        public void setMax(BigDecimal max) { this.max = max; }
        public BigDecimal getFloor() { return floor; }
        public void setFloor(BigDecimal floor) { this.floor = floor; }
        public BigDecimal getCap() { return cap; }
        public void setCap(BigDecimal cap) { this.cap = cap; }
    }

    /** An empty form of the list, with its rows. */
    public static ItemForm empty(CatalogList list) {
        return of(ItemContent.of(list, JSON.createObjectNode()), null);
    }

    /** The form of an item as it stands. */
    public static ItemForm of(ItemContent item, LocalDate effectiveFrom) {
        ItemForm form = new ItemForm();
        form.code = item.code();
        form.name = item.name();
        form.category = item.category();
        form.effectiveFrom = effectiveFrom;
        for (ListFields.Field f : ListFields.of(item.list())) {
            form.fields.put(f.name(), String.join("\n", item.lines(f.name())));
        }
        for (String field : item.list().basisFields()) {
            item.citations(field).forEach(c -> form.citations.add(new CitationRow(field, c)));
            for (int i = 0; i < SPARE_CITATIONS; i++) {
                form.citations.add(new CitationRow(field, null));
            }
        }
        if (item.list() == CatalogList.VIOLATIONS) {
            for (Circumstance c : Circumstance.values()) {
                form.bands.add(new BandRow(c, item.bands().stream().filter(b -> b.circumstance() == c).findFirst()
                        .orElse(null)));
            }
        }
        return form;
    }

    /** The item in the import format: the form's fields on top of {@code base} (the item's content before). */
    public ItemContent toContent(CatalogList list, ItemContent base) {
        ObjectNode node = base == null ? JSON.createObjectNode() : (ObjectNode) base.json();
        put(node, "code", code);
        put(node, "name", name);
        if (list.categoryField() != null) {
            put(node, list.categoryField(), category);
        }
        for (ListFields.Field f : ListFields.of(list)) {
            String value = fields.get(f.name());
            if (f.multi()) {
                ArrayNode lines = node.putArray(f.name());
                Arrays.stream(value == null ? new String[0] : value.split("\\R")).map(String::strip)
                        .filter(s -> !s.isEmpty()).forEach(lines::add);
            } else {
                put(node, f.name(), value);
            }
        }
        for (String field : list.basisFields()) {
            ArrayNode array = node.putArray(field);
            citations.stream().filter(c -> field.equals(c.field) && !c.isEmpty()).forEach(c -> {
                ObjectNode citation = array.addObject();
                put(citation, "law", c.law);
                put(citation, "article", c.article);
                put(citation, "clause", c.clause);
                put(citation, "text", c.text);
            });
        }
        if (list == CatalogList.VIOLATIONS) {
            ArrayNode array = node.putArray("bands");
            bands.stream().filter(b -> !blank(b.kind)).forEach(b -> {
                ObjectNode band = array.addObject();
                band.put("circumstance", b.circumstance);
                put(band, "conditions", b.conditions);
                ObjectNode range = band.putObject("range");
                range.put("kind", b.kind);
                if (!"NONE".equals(b.kind)) {
                    if ("MULTIPLE".equals(b.kind)) {
                        put(range, "of", b.of);
                    }
                    range.put("min", b.min);
                    range.put("max", b.max);
                    if (b.floor != null) {
                        range.put("floor", b.floor);
                    }
                    if (b.cap != null) {
                        range.put("cap", b.cap);
                    }
                }
            });
        }
        return ItemContent.of(list, node);
    }

    private static void put(ObjectNode node, String key, String value) {
        if (blank(value)) {
            node.remove(key);
        } else {
            node.put(key, value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public Map<String, String> getFields() { return fields; }
    public void setFields(Map<String, String> fields) { this.fields = fields; }
    public List<CitationRow> getCitations() { return citations; }
    public void setCitations(List<CitationRow> citations) { this.citations = citations; }
    public List<BandRow> getBands() { return bands; }
    public void setBands(List<BandRow> bands) { this.bands = bands; }
}
