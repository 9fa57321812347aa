package org.sanxiang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.test.TypedWorkbook.rows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.TableExport;
import org.sanxiang.test.TypedWorkbook;

/**
 * The flat form of the lists: a workbook written from the demo lists reads back as the same items, and what a
 * person types wrong in a sheet is named with that sheet's row.
 */
class CatalogSheetsTest {

    static final CatalogWorkbook.Frame FRAME = new CatalogWorkbook.Frame("衡阳市市场监督管理局",
            List.of("许可", "处罚"), List.of("执法稽查科"), v -> "已公布");

    @Test
    void everyDemoItemWrittenToTheWorkbookReadsBackAsTheSameContent() throws IOException {
        CatalogFile demo = demo();
        List<CatalogVersion> versions = demo.items().stream().map(e -> new CatalogVersion(1, 1, e.item(),
                LocalDate.of(2026, 1, 1), "admin")).toList();
        assertThat(versions).extracting(CatalogVersion::getList).contains(CatalogList.values());

        CatalogFile read = CatalogSheets.read("清单.xlsx", workbook(versions));

        assertThat(read.problems()).isEmpty();
        assertThat(read.agency()).isEqualTo("衡阳市市场监督管理局");
        assertThat(read.byLine()).isTrue();
        assertThat(read.items()).hasSameSizeAs(demo.items());
        for (int i = 0; i < demo.items().size(); i++) {
            ItemContent original = demo.items().get(i).item();
            ItemContent back = read.items().get(i).item();
            assertThat(back.problems()).isEmpty();
            assertThat(back.sameContent(original)).as(original.code() + " as read: " + back.canonical()).isTrue();
        }
        CatalogFile.Entry first = read.items().get(0);
        assertThat(first.place()).isEqualTo("权责清单");
        assertThat(first.row()).as("row 1 is the header").isEqualTo(2);
    }

    /**
     * src/test/resources/catalog/county-lists-libreoffice.xlsx: the county's demo lists as exported, opened and
     * saved again by LibreOffice ({@code soffice --headless --convert-to xlsx}), which writes shared strings, styles
     * and dates its own way.
     */
    @Test
    void aWorkbookSavedByAnotherSpreadsheetProgramReadsAsTheSameItems() throws IOException {
        CatalogFile county;
        try (InputStream in = getClass().getResourceAsStream("/demo/catalog/hengyang-county-market.json")) {
            county = CatalogJsonFile.read(in.readAllBytes());
        }
        byte[] saved;
        try (InputStream in = getClass().getResourceAsStream("/catalog/county-lists-libreoffice.xlsx")) {
            saved = in.readAllBytes();
        }
        CatalogFile read = CatalogSheets.read("county-lists-libreoffice.xlsx", saved);
        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).hasSameSizeAs(county.items());
        for (int i = 0; i < county.items().size(); i++) {
            assertThat(read.items().get(i).item().sameContent(county.items().get(i).item()))
                    .as(county.items().get(i).item().code()).isTrue();
        }
    }

    @Test
    void aWorkbookTypedByHandNamesEveryBadRowWithItsSheetAndRowNumber() {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("基本信息", rows(List.of("项目", "内容"), List.of("执法主体", "衡阳县市场监督管理局"),
                List.of("生效日期", "明年")));
        sheets.put("违法行为与裁量基准", rows(List.of("事项编码", "名称", "处罚种类"),
                List.of("WF-1", "销售不符合安全标准的食品", "罚款\n没收违法所得")));
        sheets.put("依据", rows(List.of("清单", "事项编码", "依据类型", "法律法规名称", "条", "条文内容"),
                List.of("违法行为与裁量基准", "WF-1", "违反的条款", "中华人民共和国食品安全法", "第三十四条", "禁止生产经营下列食品……"),
                List.of("违法行为与裁量基准", "WF-1", "处罚依据", "中华人民共和国食品安全法", "第一百二十四条", "……"),
                List.of("违法行为与裁量基准", "WF-2", "处罚依据", "中华人民共和国食品安全法", "第一百二十四条", "……"),
                List.of("违法行为与裁量基准", "WF-1", "依据", "中华人民共和国食品安全法", "第一百二十四条", "……")));
        sheets.put("裁量档次", rows(List.of("事项编码", "情节", "适用条件", "幅度类型", "倍数基数", "下限", "上限"),
                List.of("WF-1", "不予处罚", "初次违法且危害后果轻微并及时改正", "不予处罚", "", "", ""),
                List.of("WF-1", "一般", "其他情形", "倍数", "货值金额", "十", "20"),
                List.of("WF-1", "从重", "多次违法", "按日计罚", "", "", ""),
                List.of("WF-1", "特别严重", "", "罚款金额", "", "1", "2")));
        byte[] file = TypedWorkbook.of(sheets);

        CatalogFile read = CatalogSheets.read("手填.xlsx", file);

        assertThat(read.problems()).extracting(p -> p.list() + " " + p.row() + " " + p.zh()).containsExactly(
                "基本信息 3 生效日期无效：“明年”（请填写日期，如 2026-01-01）",
                "依据 4 事项编码“WF-2”不在工作表“违法行为与裁量基准”中",
                "依据 5 依据类型“依据”须为违反的条款或处罚依据",
                "裁量档次 3 下限“十”不是数",
                "裁量档次 4 幅度类型“按日计罚”须为罚款金额、倍数、不予处罚之一",
                "裁量档次 5 情节“特别严重”须为不予处罚、减轻、从轻、一般、从重之一");
        ItemContent violation = read.items().get(0).item();
        assertThat(violation.citations("penaltyProvision")).hasSize(1);
        assertThat(violation.lines("penaltyKinds")).containsExactly("罚款", "没收违法所得");
        assertThat(violation.bands()).as("only the bands read whole").hasSize(1);
    }

    @Test
    void aSheetWithAnUnknownColumnIsRefusedWithTheColumnsItMayHave() {
        byte[] file = TypedWorkbook.of(Map.of("收费项目", rows(List.of("事项编码", "名称", "金额"))));
        assertThatThrownBy(() -> CatalogSheets.read("x.xlsx", file)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.zh())
                        .contains("工作表“收费项目”的第 1 行须为表头（列“金额”未知）", "收费标准"));
    }

    @Test
    void aListsCsvTableShowsCitationsAndBandsAsLines() throws IOException {
        List<CatalogVersion> violations = demo().items().stream().filter(e -> e.item().list() == CatalogList.VIOLATIONS)
                .map(e -> new CatalogVersion(1, 2, e.item(), LocalDate.of(2026, 1, 1), "admin")).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(TableExport.Format.CSV, "x", CatalogWorkbook.csvHeader(CatalogList.VIOLATIONS),
                CatalogWorkbook.csvRows(violations, CatalogList.VIOLATIONS, FRAME), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF事项编码,名称,处罚种类,违反的条款,处罚依据,裁量档次,版本,状态,生效日期,有效至\r\n");
        assertThat(csv.lines().filter(l -> l.startsWith(violations.get(0).getCode() + ",")).findFirst().orElseThrow())
                .contains(violations.get(0).getName());
        assertThat(csv).contains("一般：").contains(",2,已公布,2026-01-01,");
    }

    /** The city's demo lists: the base file with its major-decision criteria, which take effect on loading. */
    static CatalogFile demo() throws IOException {
        ObjectNode base = (ObjectNode) JsonMapper.builder().build().readTree(resource("hengyang-city-market.json"));
        base.set("majorDecisions", JsonMapper.builder().build()
                .readTree(resource("hengyang-city-market-major-decisions.json")).get("majorDecisions"));
        return CatalogJsonFile.read(base.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CatalogSheetsTest.class.getResourceAsStream("/demo/catalog/" + name)) {
            return in.readAllBytes();
        }
    }

    static byte[] workbook(List<CatalogVersion> versions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogWorkbook.write(FRAME, versions, out);
        return out.toByteArray();
    }
}
