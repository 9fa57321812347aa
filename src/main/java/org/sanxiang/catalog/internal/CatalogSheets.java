package org.sanxiang.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.CatalogFile.Problem;
import org.sanxiang.catalog.internal.item.Circumstance;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.item.ListFields;
import org.sanxiang.platform.CellDates;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.SpreadsheetRows;
import org.sanxiang.platform.SpreadsheetRows.Line;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workbook form of an agency's lists (docs/catalog-format.md), flat: a sheet per list with one row per item,
 * the lines of a many-valued field in one cell; and the structure of an item apart, keyed by its 事项编码 — a
 * sheet 依据 with one row per citation, 裁量档次 with one row per band of a violation, 申请材料 with one row per
 * material of a service guide — plus 基本信息 (agency, effective date) and 废止. The headers are the format, in
 * Chinese like the pages; a reader finds the columns by their headers. An item's rows become the workbench form
 * ({@link ItemForm}), so a sheet writes an item exactly as the form does.
 */
final class CatalogSheets {

    static final String INFO = "基本信息";
    static final String BASIS = "依据";
    static final String BANDS = "裁量档次";
    static final String MATERIALS = "申请材料";
    static final String REPEALS = "废止";
    /** Written for the reader, passed over by the import. */
    static final String NOTES = "说明";
    static final String OPTIONS = "选项";

    static final String CODE = "事项编码";
    static final String NAME = "名称";
    static final String CATEGORY = "类别";
    static final String LIST = "清单";
    static final String AGENCY = "执法主体";
    static final String EFFECTIVE_FROM = "生效日期";
    /** What an export adds to a list's sheet about the version; an import passes over them. */
    static final List<String> VERSION_COLUMNS = List.of("版本", "状态", EFFECTIVE_FROM, "有效至");

    static final List<String> BASIS_COLUMNS = List.of(LIST, CODE, "依据类型", "法律法规名称", "条", "款、项", "条文内容");
    static final List<String> BAND_COLUMNS = List.of(CODE, "情节", "适用条件", "幅度类型", "倍数基数", "下限", "上限",
            "最低（元）", "最高（元）");
    static final List<String> MATERIAL_COLUMNS = List.of(CODE, "材料名称", "份数", "样表说明");
    static final List<String> REPEAL_COLUMNS = List.of(LIST, CODE, "废止理由");

    private static final Map<CatalogList, String> SHEETS = Map.of(CatalogList.POWERS, "权责清单",
            CatalogList.INSPECTION_ITEMS, "随机抽查事项", CatalogList.SERVICE_GUIDES, "服务指南",
            CatalogList.VIOLATIONS, "违法行为与裁量基准", CatalogList.FEES, "收费项目", CatalogList.REMEDIES, "救济渠道",
            CatalogList.MAJOR_DECISIONS, "重大执法决定");

    /** The header of each field of the format (the pages' words). */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("legalBasis", "法律依据"),
            Map.entry("violatedProvision", "违反的条款"), Map.entry("penaltyProvision", "处罚依据"),
            Map.entry("implementingBody", "实施主体"), Map.entry("responsibleUnit", "承办机构"),
            Map.entry("responsibilities", "责任事项"), Map.entry("timeLimit", "办理时限"), Map.entry("fees", "收费"),
            Map.entry("remedy", "救济途径"), Map.entry("subject", "抽查主体"), Map.entry("object", "抽查对象"),
            Map.entry("content", "抽查内容"), Map.entry("method", "抽查方式"), Map.entry("ratio", "抽查比例"),
            Map.entry("frequency", "抽查频次"), Map.entry("acceptingBody", "受理机构"), Map.entry("approvingBody", "审批机构"),
            Map.entry("conditions", "受理条件"), Map.entry("process", "办理流程"), Map.entry("address", "办理地点"),
            Map.entry("hours", "办公时间"), Map.entry("phone", "咨询电话"), Map.entry("remedies", "救济渠道"),
            Map.entry("complaints", "投诉渠道"), Map.entry("penaltyKinds", "处罚种类"), Map.entry("approvalDocument", "批准文件"),
            Map.entry("payer", "缴费对象"), Map.entry("scope", "收费范围"), Map.entry("standard", "收费标准"),
            Map.entry("complaintPhone", "投诉电话"), Map.entry("reviewBody", "复议机关"), Map.entry("court", "管辖法院"),
            Map.entry("channels", "投诉举报渠道"), Map.entry("procedures", "程序"), Map.entry("outcomes", "决定类型"),
            Map.entry("penalties", "处罚种类"), Map.entry("minAmountPerson", "对公民罚没款数额（元）以上"),
            Map.entry("minAmountOrganisation", "对法人或其他组织罚没款数额（元）以上"), Map.entry("hearingHeld", "经过听证"),
            Map.entry("domains", "执法领域"), Map.entry("flags", "情形"), Map.entry("reviewUnit", "审核机构"));

    /** A band's range kind and a multiple's base, in the words of the form. */
    static final Map<String, String> KINDS = linked("罚款金额", "AMOUNT", "倍数", "MULTIPLE", "不予处罚", "NONE");
    static final Map<String, String> BASES = linked("货值金额", "GOODS_VALUE", "违法所得", "ILLEGAL_GAINS");
    /** A circumstance is written as its name. */
    private static final Map<String, String> CIRCUMSTANCES = Arrays.stream(Circumstance.values()).collect(
            Collectors.toMap(Circumstance::zh, Circumstance::zh, (a, b) -> a, LinkedHashMap::new));
    private static final List<String> MATERIAL_FIELDS = List.of("name", "copies", "sample");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogSheets() {
    }

    /** Where a sheet comes in the workbook, for listing problems in the order a person goes through it. */
    static int order(String sheet) {
        List<String> sheets = new ArrayList<>(List.of(INFO));
        Arrays.stream(CatalogList.values()).map(CatalogSheets::sheet).forEach(sheets::add);
        sheets.addAll(List.of(BASIS, BANDS, MATERIALS, REPEALS));
        int i = sheets.indexOf(sheet);
        return i < 0 ? -1 : i;
    }

    static String sheet(CatalogList list) {
        return SHEETS.get(list);
    }

    static Optional<CatalogList> list(String sheet) {
        return Arrays.stream(CatalogList.values()).filter(l -> SHEETS.get(l).equals(sheet)).findFirst();
    }

    /** A list's sheet: code, name, the category of a power, the list's fields, then the version's columns. */
    static List<String> columns(CatalogList list) {
        List<String> columns = new ArrayList<>(List.of(CODE, NAME));
        if (list.categoryField() != null) {
            columns.add(CATEGORY);
        }
        ListFields.of(list).forEach(f -> columns.add(LABELS.get(f.name())));
        columns.addAll(VERSION_COLUMNS);
        return columns;
    }

    static String label(String field) {
        return LABELS.get(field);
    }

    /** Reads a workbook: its items and repeals with their sheets and rows, and what could not be read there. */
    static CatalogFile read(String fileName, byte[] content) {
        return new Reader(SpreadsheetRows.sheets(fileName, content)).read();
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A sheet's rows after its header, each cell found by its column's header. */
    private record Table(String sheet, Map<String, Integer> columns, List<Line> rows) {

        static Table of(String sheet, List<Line> lines, List<String> known, List<String> required) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = lines.isEmpty() ? List.of() : lines.get(0).cells();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i) == null ? "" : header.get(i).strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!known.contains(name) || columns.put(name, i) != null) {
                    throw refused(sheet, "列“" + name + "”" + (known.contains(name) ? "出现了两次" : "未知"), known);
                }
            }
            List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw refused(sheet, "缺少列：" + String.join("，", missing), known);
            }
            return new Table(sheet, columns, lines.isEmpty() ? List.of() : lines.subList(1, lines.size()));
        }

        private static InvalidInputException refused(String sheet, String zh, List<String> known) {
            return new InvalidInputException("工作表“" + sheet + "”的第 1 行须为表头（" + zh + "）。列为："
                    + String.join("，", known), "Row 1 of sheet " + sheet + " must be its header (" + zh + ")");
        }

        String get(Line line, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : line.cell(i);
        }
    }

    /** An item being put together from its rows. */
    private record Pending(CatalogFile.Entry place, CatalogList list, ItemForm form, ArrayNode materials) {
    }

    private static final class Reader {

        private final Map<String, List<Line>> sheets;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Pending> items = new LinkedHashMap<>();
        private final List<Pending> order = new ArrayList<>();

        Reader(Map<String, List<Line>> sheets) {
            this.sheets = sheets;
            List<String> known = new ArrayList<>(List.of(INFO, BASIS, BANDS, MATERIALS, REPEALS, NOTES, OPTIONS));
            Arrays.stream(CatalogList.values()).map(CatalogSheets::sheet).forEach(known::add);
            sheets.keySet().stream().filter(s -> !known.contains(s)).findFirst().ifPresent(s -> {
                throw new InvalidInputException("未知的工作表“" + s + "”。工作表为：" + String.join("，", known),
                        "Unknown sheet " + s);
            });
        }

        CatalogFile read() {
            String agency = null;
            LocalDate from = null;
            Table info = table(INFO, List.of("项目", "内容"), List.of());
            for (Line line : info.rows()) {
                String key = line.cell(0);
                String value = line.cell(1);
                if (AGENCY.equals(key)) {
                    agency = value.isEmpty() ? null : value;
                } else if (EFFECTIVE_FROM.equals(key) && !value.isEmpty()) {
                    from = CellDates.parse(value).orElse(null);
                    if (from == null) {
                        problems.add(new Problem(INFO, line.number(), null, "生效日期无效：“" + value
                                + "”（请填写日期，如 2026-01-01）", "Invalid effective date: " + value));
                    }
                }
            }
            for (CatalogList list : CatalogList.values()) {
                readItems(list);
            }
            readBasis();
            readBands();
            readMaterials();
            List<CatalogFile.Entry> entries = order.stream().map(p -> new CatalogFile.Entry(p.place().place(),
                    p.place().row(), ordered(p))).toList();
            return new CatalogFile(agency, from, entries, repeals(), problems, true);
        }

        private Table table(String sheet, List<String> known, List<String> required) {
            return Table.of(sheet, sheets.getOrDefault(sheet, List.of()), known,
                    sheets.containsKey(sheet) ? required : List.of());
        }

        private void readItems(CatalogList list) {
            Table t = table(sheet(list), columns(list), List.of(CODE, NAME));
            for (Line line : t.rows()) {
                ItemForm form = new ItemForm();
                form.setCode(t.get(line, CODE));
                form.setName(t.get(line, NAME));
                form.setCategory(t.get(line, CATEGORY));
                ListFields.of(list).forEach(f -> form.getFields().put(f.name(), t.get(line, label(f.name()))));
                Pending item = new Pending(new CatalogFile.Entry(t.sheet(), line.number(), null), list, form,
                        JSON.createArrayNode());
                items.putIfAbsent(list + "/" + form.getCode(), item);
                order.add(item);
            }
        }

        private void readBasis() {
            Table t = table(BASIS, BASIS_COLUMNS, List.of(LIST, CODE, "法律法规名称", "条", "条文内容"));
            for (Line line : t.rows()) {
                String sheet = t.get(line, LIST);
                Optional<CatalogList> list = list(sheet);
                if (list.isEmpty()) {
                    problem(t, line, "清单“" + sheet + "”不是各清单工作表的名称之一", "Unknown list " + sheet);
                    continue;
                }
                Optional<Pending> item = item(t, line, list.get());
                String kind = t.get(line, "依据类型");
                List<String> fields = list.get().basisFields();
                Optional<String> field = kind.isEmpty() && fields.size() == 1 ? Optional.of(fields.get(0))
                        : fields.stream().filter(f -> label(f).equals(kind)).findFirst();
                if (field.isEmpty()) {
                    problem(t, line, "依据类型“" + kind + "”须为" + String.join("或", fields.stream()
                            .map(CatalogSheets::label).toList()), "Basis kind must be one of " + fields);
                }
                if (item.isPresent() && field.isPresent()) {
                    ItemForm.CitationRow row = new ItemForm.CitationRow();
                    row.setField(field.get());
                    row.setLaw(t.get(line, "法律法规名称"));
                    row.setArticle(t.get(line, "条"));
                    row.setClause(t.get(line, "款、项"));
                    row.setText(t.get(line, "条文内容"));
                    item.get().form().getCitations().add(row);
                }
            }
        }

        private void readBands() {
            Table t = table(BANDS, BAND_COLUMNS, List.of(CODE, "情节", "幅度类型"));
            for (Line line : t.rows()) {
                int before = problems.size();
                Optional<Pending> item = item(t, line, CatalogList.VIOLATIONS);
                ItemForm.BandRow band = new ItemForm.BandRow();
                band.setCircumstance(word(t, line, "情节", CIRCUMSTANCES));
                band.setConditions(t.get(line, "适用条件"));
                band.setKind(word(t, line, "幅度类型", KINDS));
                String base = t.get(line, "倍数基数");
                band.setOf(base.isEmpty() ? null : word(t, line, "倍数基数", BASES));
                band.setMin(number(t, line, "下限"));
                band.setMax(number(t, line, "上限"));
                band.setFloor(number(t, line, "最低（元）"));
                band.setCap(number(t, line, "最高（元）"));
                if (problems.size() == before) { // a band half read would be named again, less clearly
                    item.ifPresent(i -> i.form().getBands().add(band));
                }
            }
        }

        private void readMaterials() {
            Table t = table(MATERIALS, MATERIAL_COLUMNS, List.of(CODE, "材料名称"));
            for (Line line : t.rows()) {
                item(t, line, CatalogList.SERVICE_GUIDES).ifPresent(i -> {
                    ObjectNode material = i.materials().addObject();
                    for (int c = 0; c < MATERIAL_FIELDS.size(); c++) {
                        String value = t.get(line, MATERIAL_COLUMNS.get(c + 1));
                        if (!value.isEmpty()) {
                            material.put(MATERIAL_FIELDS.get(c), value);
                        }
                    }
                });
            }
        }

        private List<CatalogFile.RepealRow> repeals() {
            Table t = table(REPEALS, REPEAL_COLUMNS, REPEAL_COLUMNS);
            return t.rows().stream().map(line -> new CatalogFile.RepealRow(REPEALS, line.number(),
                    list(t.get(line, LIST)).map(CatalogList::key).orElse(t.get(line, LIST)), t.get(line, CODE),
                    t.get(line, "废止理由"))).toList();
        }

        private Optional<Pending> item(Table t, Line line, CatalogList list) {
            String code = t.get(line, CODE);
            Pending item = items.get(list + "/" + code);
            if (item == null) {
                problem(t, line, "事项编码“" + code + "”不在工作表“" + sheet(list) + "”中", "No item " + code + " in "
                        + sheet(list));
            }
            return Optional.ofNullable(item);
        }

        private String word(Table t, Line line, String column, Map<String, String> words) {
            String cell = t.get(line, column);
            String value = words.get(cell);
            if (value == null) {
                problem(t, line, column + "“" + cell + "”须为" + String.join("、", words.keySet()) + "之一",
                        column + " must be one of " + words.keySet());
            }
            return value;
        }

        private BigDecimal number(Table t, Line line, String column) {
            String cell = t.get(line, column).replace(",", "");
            try {
                return cell.isEmpty() ? null : new BigDecimal(cell);
            } catch (NumberFormatException e) {
                problem(t, line, column + "“" + cell + "”不是数", column + " is not a number: " + cell);
                return null;
            }
        }

        private void problem(Table t, Line line, String zh, String en) {
            problems.add(new Problem(t.sheet(), line.number(), t.get(line, CODE).isEmpty() ? null
                    : t.get(line, CODE), zh, en));
        }
    }

    /**
     * The item as the form writes it, with its materials, in the format's order of fields: code, category, name,
     * citations, the list's fields (materials after the conditions), bands.
     */
    private static ItemContent ordered(Pending p) {
        JsonNode written = p.form().toContent(p.list(), null).json();
        ObjectNode node = JSON.createObjectNode();
        List<String> order = new ArrayList<>(List.of("code", "category", "name"));
        order.addAll(p.list().basisFields());
        ListFields.of(p.list()).forEach(f -> order.add(f.name()));
        order.add(order.indexOf("conditions") + 1, "materials");
        order.add("bands");
        for (String field : order) {
            JsonNode value = "materials".equals(field) ? p.materials() : written.get(field);
            if (value != null && !(value.isArray() && value.isEmpty())) {
                node.set(field, value);
            }
        }
        return ItemContent.of(p.list(), node);
    }
}
