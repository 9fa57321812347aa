package org.sanxiang.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.Circumstance;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.platform.SpreadsheetTemplate;
import org.sanxiang.platform.TableExport;
import tools.jackson.databind.JsonNode;

import static org.sanxiang.catalog.internal.CatalogSheets.*;

/**
 * Writes an agency's lists as the workbook that {@link CatalogSheets} reads (an export, corrected, imports again)
 * or as one list's CSV table; an empty workbook is the agency's template. Every sheet offers drop-down lists
 * where the format has fixed words: the categories in force, the units the agency's lists name, the penalty kinds
 * of 行政处罚法 第九条, the circumstances, range kinds and bases of a band, the lists and basis kinds.
 */
final class CatalogWorkbook {

    /** 行政处罚法 第九条: the kinds of administrative penalty (laws and regulations may add others). */
    static final List<String> PENALTY_KINDS = List.of("警告", "通报批评", "罚款", "没收违法所得", "没收非法财物",
            "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业",
            "行政拘留");

    /** What a workbook says around the versions: the agency, its choices, and how a state reads. */
    record Frame(String agency, List<String> categories, List<String> units, Function<CatalogVersion, String> state) {
    }

    private CatalogWorkbook() {
    }

    static void write(Frame frame, List<CatalogVersion> versions, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Sanxiang", "1.0");
            Worksheet info = wb.newWorksheet(INFO);
            rows(info, List.of("项目", "内容"), List.of(List.of(AGENCY, frame.agency()), List.of(EFFECTIVE_FROM, "")));
            info.width(1, 40);
            List<Worksheet> lists = new ArrayList<>();
            for (CatalogList list : CatalogList.values()) {
                Worksheet ws = wb.newWorksheet(sheet(list));
                rows(ws, columns(list), of(versions, list).stream().map(v -> row(v, frame)).toList());
                lists.add(ws);
            }
            Worksheet basis = wb.newWorksheet(BASIS);
            rows(basis, BASIS_COLUMNS, versions.stream().flatMap(v -> basisRows(v.item()).stream()).toList());
            basis.width(6, 80);
            Worksheet bands = wb.newWorksheet(BANDS);
            rows(bands, BAND_COLUMNS, versions.stream().flatMap(v -> bandRows(v.item()).stream()).toList());
            Worksheet materials = wb.newWorksheet(MATERIALS);
            rows(materials, MATERIAL_COLUMNS, versions.stream().flatMap(v -> materialRows(v.item()).stream()).toList());
            Worksheet repeals = wb.newWorksheet(REPEALS);
            rows(repeals, REPEAL_COLUMNS, List.of());
            SpreadsheetTemplate.notes(wb.newWorksheet(NOTES), notes());
            Worksheet options = wb.newWorksheet(OPTIONS);
            options.setVisibilityState(VisibilityState.HIDDEN);
            List<String> sheets = Arrays.stream(CatalogList.values()).map(CatalogSheets::sheet).toList();
            Worksheet powers = lists.get(CatalogList.POWERS.ordinal());
            List<String> powerColumns = columns(CatalogList.POWERS);
            SpreadsheetTemplate.dropDown(powers, powerColumns.indexOf(CATEGORY), options, 0, CATEGORY,
                    frame.categories(), "请从列表中选择职权类型");
            SpreadsheetTemplate.dropDown(powers, powerColumns.indexOf(label("responsibleUnit")), options, 1,
                    label("responsibleUnit"), frame.units(), "可从列表中选择本机关清单已有的承办机构，或填写其他机构")
                    .errorStyle(DataValidationErrorStyle.INFORMATION);
            SpreadsheetTemplate.dropDown(lists.get(CatalogList.VIOLATIONS.ordinal()),
                    columns(CatalogList.VIOLATIONS).indexOf(label("penaltyKinds")), options, 2, label("penaltyKinds"),
                    PENALTY_KINDS, "每行一种处罚（单元格内换行）；法律、行政法规规定的其他处罚亦可填写")
                    .errorStyle(DataValidationErrorStyle.INFORMATION);
            SpreadsheetTemplate.dropDown(basis, 0, options, 3, LIST, sheets, "请选择事项所在清单的工作表名称");
            SpreadsheetTemplate.dropDown(basis, 2, options, 4, "依据类型", List.of(label("legalBasis"),
                    label("violatedProvision"), label("penaltyProvision")), "法律依据；违法行为填写违反的条款或处罚依据");
            SpreadsheetTemplate.dropDown(bands, 1, options, 5, "情节", Arrays.stream(Circumstance.values())
                    .map(Circumstance::zh).toList(), "请选择情节档次");
            SpreadsheetTemplate.dropDown(bands, 3, options, 6, "幅度类型", List.copyOf(KINDS.keySet()),
                    "罚款金额（元）、倍数（货值金额或违法所得的倍数）或不予处罚");
            SpreadsheetTemplate.dropDown(bands, 4, options, 7, "倍数基数", List.copyOf(BASES.keySet()),
                    "倍数的基数：货值金额或违法所得");
            SpreadsheetTemplate.dropDown(repeals, 0, options, 8, LIST, sheets, "请选择事项所在清单的工作表名称");
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One list as a table: its sheet's columns, with the citations, bands and materials as lines of text. */
    static List<String> csvHeader(CatalogList list) {
        List<String> header = new ArrayList<>(columns(list));
        header.addAll(header.size() - VERSION_COLUMNS.size(), csvExtras(list).stream().map(f -> "bands".equals(f)
                ? BANDS : "materials".equals(f) ? MATERIALS : label(f)).toList());
        return header;
    }

    static List<List<?>> csvRows(List<CatalogVersion> versions, CatalogList list, Frame frame) {
        return of(versions, list).stream().<List<?>>map(v -> {
            List<Object> row = row(v, frame);
            ItemContent item = v.item();
            row.addAll(row.size() - VERSION_COLUMNS.size(), csvExtras(list).stream()
                    .map(f -> String.join("\n", item.shown(f))).toList());
            return row;
        }).toList();
    }

    private static List<String> csvExtras(CatalogList list) {
        List<String> fields = new ArrayList<>(list.basisFields());
        if (list == CatalogList.VIOLATIONS) {
            fields.add("bands");
        }
        if (list == CatalogList.SERVICE_GUIDES) {
            fields.add("materials");
        }
        return fields;
    }

    private static List<CatalogVersion> of(List<CatalogVersion> versions, CatalogList list) {
        return versions.stream().filter(v -> v.getList() == list).toList();
    }

    private static List<Object> row(CatalogVersion v, Frame frame) {
        ItemForm form = ItemForm.of(v.item(), null);
        List<Object> row = new ArrayList<>(List.of(form.getCode(), form.getName()));
        if (v.getList().categoryField() != null) {
            row.add(form.getCategory());
        }
        row.addAll(form.getFields().values());
        row.addAll(Arrays.asList(v.getNumber(), frame.state().apply(v), v.getEffectiveFrom(), v.getEffectiveUntil()));
        return row;
    }

    private static List<List<?>> basisRows(ItemContent item) {
        return item.list().basisFields().stream().flatMap(f -> item.citations(f).stream().<List<?>>map(c ->
                Arrays.asList(sheet(item.list()), item.code(), label(f), c.law(), c.article(), c.clause(), c.text())))
                .toList();
    }

    private static List<List<?>> bandRows(ItemContent item) {
        return item.bands().stream().<List<?>>map(b -> Arrays.asList(item.code(), b.circumstance().zh(),
                b.conditions(), word(KINDS, b.range().kind().name()), word(BASES, b.range().of()), b.range().min(),
                b.range().max(), b.range().floor(), b.range().cap())).toList();
    }

    private static List<List<?>> materialRows(ItemContent item) {
        JsonNode materials = item.json().get("materials");
        return materials == null ? List.of() : materials.values().stream().<List<?>>map(m -> Arrays.asList(
                item.code(), text(m, "name"), text(m, "copies"), text(m, "sample"))).toList();
    }

    private static String word(Map<String, String> words, String value) {
        return words.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Header in bold, frozen; numbers as numbers, dates as date cells. */
    private static void rows(Worksheet ws, List<String> header, List<? extends List<?>> rows) {
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
            ws.width(c, 16);
        }
        ws.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format(TableExport.DATE_FORMAT).set();
                } else if (v != null && !v.toString().isEmpty()) {
                    ws.value(r + 1, c, v.toString());
                    if (v.toString().contains("\n")) {
                        ws.style(r + 1, c).wrapText(true).set();
                    }
                }
            }
        }
    }

    private static List<String[]> notes() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"工作表", "说明", "Sheet", "Notes"});
        lines.add(new String[] {"", "整个文件全部校验通过才会导入；有问题时列出每个问题所在的工作表和行号。按事项编码识别事项：新编码新增事项草稿；"
                + "已公布事项内容有改动的，起草其新版本；草稿（或退回修改的版本）按文件修改；内容未改动的事项不变。导入的事项须经合法性审核后公布。",
            "", "A file is imported only if every row is valid; every problem is listed with its sheet and row. Items are "
                + "known by their code: a new code drafts a new item, a changed published item gets a new version, a "
                + "draft is edited, an unchanged item stays as it is. Imported items are published after legality review."});
        lines.add(new String[] {INFO, "执法主体须为导入的机关；生效日期（可留空）为拟生效日期，也是“废止”各行的失效日期", INFO,
            "The agency imported into; the proposed effective date (optional), also the repeals' date"});
        for (CatalogList list : CatalogList.values()) {
            lines.add(new String[] {sheet(list), "每行一个事项；事项编码、名称必填；可多项的栏目在单元格内换行（Alt+Enter）分隔；"
                    + "版本、状态、生效日期、有效至由导出填写，导入时不读", list.key(), "One item a row; several values of a "
                    + "field are lines of the cell; the version columns are written by an export and not read"});
        }
        lines.add(new String[] {BASIS, "每行一条法律依据：清单（工作表名称）、事项编码、依据类型（违法行为须填写违反的条款或处罚依据）、"
                + "法律法规名称、条、款项、条文内容", BASIS, "One citation a row, keyed by list and code"});
        lines.add(new String[] {BANDS, "每行一个裁量档次：事项编码、情节、适用条件、幅度类型（罚款金额、倍数、不予处罚）、倍数基数、"
                + "下限、上限（倍数时为倍数）、最低和最高金额（元，倍数时可填）。各档不得重叠或倒置", BANDS,
            "One band of a violation a row; bands must not overlap or be inverted"});
        lines.add(new String[] {MATERIALS, "每行一种服务指南的申请材料：事项编码、材料名称、份数、样表说明", MATERIALS,
            "One material of a service guide a row"});
        lines.add(new String[] {REPEALS, "每行一个废止的已公布事项：清单、事项编码、废止理由（必填）", REPEALS,
            "One published item to repeal a row, with its reason"});
        return lines;
    }
}
