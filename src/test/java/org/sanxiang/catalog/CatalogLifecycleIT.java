package org.sanxiang.catalog;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.test.TypedWorkbook.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.test.TypedWorkbook;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A violation with its discretion benchmark through its whole life by the API: refused while its bands overlap,
 * refused publication before review, reviewed by the agency's own reviewer (returned once, then passed),
 * published, amended with a later effective date, and read as in force on either day; an import with bad rows
 * imports nothing and names every bad row, in JSON as in a workbook; an export, corrected, imports as updates.
 * The in-force and history queries run on both databases.
 */
@IntegrationTest
@DatabaseBehaviour
class CatalogLifecycleIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CITATION = "{\"law\":\"中华人民共和国食品安全法\",\"article\":\"第一百二十四条\",\"clause\":\"第一款\","
            + "\"text\":\"违反本法规定，用超过保质期的食品原料生产食品的，没收违法所得和违法生产经营的食品\"}";

    @LocalServerPort
    int port;

    static JsonNode violation(String code, String general) {
        return JSON.readTree("{\"code\":\"" + code + "\",\"name\":\"用超过保质期的食品原料生产食品\",\"violatedProvision\":["
                + CITATION + "],\"penaltyProvision\":[" + CITATION + "],\"penaltyKinds\":[\"罚款\",\"没收违法所得\"],"
                + "\"bands\":[{\"circumstance\":\"不予处罚\",\"conditions\":\"初次违法且危害后果轻微并及时改正\","
                + "\"range\":{\"kind\":\"NONE\"}},{\"circumstance\":\"从轻\",\"conditions\":\"主动消除危害后果\","
                + "\"range\":{\"kind\":\"AMOUNT\",\"min\":50000,\"max\":70000}}," + general + "]}");
    }

    static String general(long min, long max) {
        return "{\"circumstance\":\"一般\",\"conditions\":\"其他情形\",\"range\":{\"kind\":\"AMOUNT\",\"min\":" + min
                + ",\"max\":" + max + "}}";
    }

    @Test
    void aViolationIsReviewedPublishedAmendedAndReadAsInForceOnAnyDay() {
        RegistryFixture f = new RegistryFixture(port);
        ApiClient admin = f.as(f.user("ADMIN", f.city));
        ApiClient reviewer = f.as(f.user("LEGAL_REVIEWER", f.city));
        ApiClient countyReviewer = f.as(f.user("LEGAL_REVIEWER", f.county));
        ApiClient anyone = ApiClient.anonymous(port);
        LocalDate today = ChinaDay.today();
        String code = "WF-" + f.tag;
        String drafts = "/api/v1/catalog/agencies/" + f.city + "/discretion-benchmarks";

        ApiClient.Response overlapping = admin.post(drafts, violation(code, general(60000, 100000)));
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.json().get("type").asString()).isEqualTo("urn:sanxiang:rule:benchmark-bands-consistent");
        assertThat(overlapping.json().get("refusals").get(0).get("legalBasis").asString()).isEqualTo("行政处罚法 第三十四条");

        long id = RegistryFixture.created(admin.post(drafts, violation(code, general(70000, 100000))));
        String version = "/api/v1/catalog/versions/" + id;
        ApiClient.Response unreviewed = admin.post(version + "/publish", Map.of("effectiveFrom", today.toString()));
        assertThat(unreviewed.status()).isEqualTo(409);
        assertThat(unreviewed.json().get("type").asString())
                .isEqualTo("urn:sanxiang:rule:published-after-legality-review");
        assertThat(admin.get(version).json().get("steps").get("publish").get(0).get("rule").asString())
                .as("the workbench is told before it tries").isEqualTo("published-after-legality-review");

        assertThat(admin.post(version + "/submit", Map.of()).status()).isEqualTo(200);
        ApiClient.Response otherAgency = countyReviewer.post(version + "/pass", Map.of());
        assertThat(otherAgency.status()).isIn(403, 409);
        assertThat(reviewer.post(version + "/return", Map.of()).json().get("type").asString())
                .isEqualTo("urn:sanxiang:rule:return-gives-reasons");
        assertThat(reviewer.post(version + "/return", Map.of("reason", "从轻档的条件须写明依据")).json()
                .get("item").get("state").asString()).isEqualTo("RETURNED");
        assertThat(admin.put(version, violation(code, general(70000, 100000))).status()).isEqualTo(200);
        admin.post(version + "/submit", Map.of());
        assertThat(reviewer.post(version + "/pass", Map.of("reason", "同意")).status()).isEqualTo(200);
        assertThat(publicCodes(anyone, f.city, today)).as("not public before publication").doesNotContain(code);
        assertThat(admin.post(version + "/publish", Map.of("effectiveFrom", today.minusDays(1).toString())).json()
                .get("type").asString()).isEqualTo("urn:sanxiang:rule:effective-date-not-past");
        JsonNode published = admin.post(version + "/publish", Map.of("effectiveFrom", today.toString())).json();
        assertThat(published.get("item").get("contentHash").asString()).hasSize(64);

        JsonNode page = anyone.get("/api/v1/public/catalog/discretion-benchmarks?agency=" + f.city).json();
        JsonNode item = page.get("items").get(0);
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("agencyId").asLong()).isEqualTo(f.city);
        assertThat(item.get("version").asInt()).isEqualTo(1);
        assertThat(item.get("effectiveFrom").asString()).isEqualTo(today.toString());
        assertThat(item.get("legalBasis").get(0).get("text").asString()).contains("超过保质期的食品原料");

        // the law is amended: version 2 takes effect in a month; until then version 1 stays in force
        long amended = RegistryFixture.created(admin.post(version + "/amend", Map.of()));
        String second = "/api/v1/catalog/versions/" + amended;
        admin.put(second, violation(code, general(70000, 150000)));
        admin.post(second + "/submit", Map.of());
        reviewer.post(second + "/pass", Map.of());
        LocalDate inAMonth = today.plusMonths(1);
        assertThat(admin.post(second + "/publish", Map.of("effectiveFrom", inAMonth.toString())).status()).isEqualTo(200);

        assertThat(inForce(anyone, f.city, today).get(0).get("version").asInt()).isEqualTo(1);
        assertThat(inForce(anyone, f.city, inAMonth.minusDays(1)).get(0).get("version").asInt()).isEqualTo(1);
        assertThat(inForce(anyone, f.city, inAMonth).get(0).get("version").asInt()).isEqualTo(2);
        assertThat(inForce(anyone, f.city, today.minusDays(1))).as("nothing before the first publication").isEmpty();
        JsonNode history = anyone.get("/api/v1/public/catalog/versions/" + amended + "/history").json();
        assertThat(history.values()).extracting(v -> v.get("version").asInt()).containsExactly(2, 1);
        assertThat(history.get(1).get("effectiveUntil").asString()).isEqualTo(inAMonth.minusDays(1).toString());
        JsonNode diff = anyone.get("/api/v1/public/catalog/versions/" + id + "/diff?to=" + amended).json();
        assertThat(diff.get(0).get("field").asString()).isEqualTo("bands");
        assertThat(diff.get(0).get("after").toString()).contains("70000元至150000元");
        assertThat(anyone.get("/api/v1/public/catalog/versions/" + amended).status()).isEqualTo(200);

        JsonNode repealed = admin.post(second + "/repeal", Map.of("reason", "食品安全法再次修正，本事项并入新事项",
                "effectiveFrom", inAMonth.plusMonths(1).toString())).json();
        assertThat(repealed.get("item").get("state").asString()).isEqualTo("REPEALED");
        assertThat(inForce(anyone, f.city, inAMonth.plusMonths(1))).isEmpty();
        assertThat(inForce(anyone, f.city, inAMonth)).hasSize(1);
    }

    @Test
    void anImportWithBadRowsImportsNothingAndNamesEveryBadRow() throws IOException {
        RegistryFixture f = new RegistryFixture(port);
        ApiClient admin = f.as(f.user("ADMIN", f.county));
        String agencyName = f.tag + "县市场监督管理局";
        String path = "/api/v1/catalog/agencies/" + f.county + "/import";

        ApiClient.Response refused = admin.post(path, fixture("lists-with-bad-rows.json", agencyName));
        assertThat(refused.status()).isEqualTo(422);
        JsonNode report = refused.json();
        assertThat(report.get("imported").asBoolean()).isFalse();
        List<String> places = report.get("problems").values().stream()
                .map(p -> p.get("list").asString() + " " + p.get("row").asInt() + " " + p.get("zh").asString()).toList();
        assertThat(places).anySatisfy(p -> assertThat(p).startsWith("powers 2 类别“审批”"))
                .anySatisfy(p -> assertThat(p).startsWith("powers 3 依据（legalBasis）"))
                .anySatisfy(p -> assertThat(p).startsWith("violations 1 ").contains("重叠"))
                .noneSatisfy(p -> assertThat(p).startsWith("powers 1 "));
        assertThat(RegistryFixture.created(admin.post("/api/v1/catalog/agencies/" + f.county + "/powers",
                JSON.readTree("{\"code\":\"B-CF-001\",\"name\":\"合格的事项\",\"category\":\"处罚\",\"legalBasis\":["
                        + CITATION + "]}")))).as("the good row was not imported either").isPositive();

        ApiClient.Response imported = admin.post(path, fixture("lists.json", agencyName));
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("drafts").size()).isEqualTo(2);
        assertThat(admin.post(path, fixture("lists.json", "另一个局")).json().get("problems").get(0).get("zh")
                .asString()).contains("不是本机关");
    }

    @Test
    void aWorkbookImportNamesEveryBadRowAndAnExportCorrectedImportsAsUpdatesNotDuplicates() {
        RegistryFixture f = new RegistryFixture(port);
        ApiClient admin = f.as(f.user("ADMIN", f.county));
        ApiClient reviewer = f.as(f.user("LEGAL_REVIEWER", f.county));
        String agencyName = f.tag + "县市场监督管理局";
        String path = "/api/v1/catalog/agencies/" + f.county;
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("基本信息", rows(List.of("项目", "内容"), List.of("执法主体", agencyName)));
        sheets.put("权责清单", rows(List.of("事项编码", "名称", "类别", "承办机构", "责任事项"),
                List.of("X-CF-001", "对无照经营的处罚", "处罚", "执法稽查科", "立案责任：……\n调查责任：……"),
                List.of("X-CF-002", "对价格违法行为的处罚", "审批", "价格监督检查科", "")));
        sheets.put("依据", rows(List.of("清单", "事项编码", "法律法规名称", "条", "条文内容"),
                List.of("权责清单", "X-CF-001", "无证无照经营查处办法", "第十三条", "从事无照经营的，由工商行政管理部门依照相关法律、行政法规的规定予以处罚。"),
                List.of("权责清单", "X-CF-009", "中华人民共和国价格法", "第四十条", "经营者有本法第十四条所列行为之一的……")));

        ApiClient.Response refused = xlsx(admin, path + "/import", TypedWorkbook.of(sheets));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("byLine").asBoolean()).isTrue();
        assertThat(refused.json().get("problems").values().stream().map(p -> p.get("list").asString() + " "
                + p.get("row").asInt() + " " + p.get("zh").asString()).toList())
                .anySatisfy(p -> assertThat(p).startsWith("权责清单 3 类别“审批”不是"))
                .anySatisfy(p -> assertThat(p).startsWith("权责清单 3 ").contains("依据"))
                .contains("依据 3 事项编码“X-CF-009”不在工作表“权责清单”中")
                .noneSatisfy(p -> assertThat(p).startsWith("权责清单 2 "));
        assertThat(admin.get(path + "/export?format=json&latest=true").json().get("powers").values())
                .as("nothing was imported").isEmpty();

        sheets.get("权责清单").set(2, List.of("X-CF-002", "对价格违法行为的处罚", "处罚", "价格监督检查科", ""));
        sheets.get("依据").set(2, List.of("权责清单", "X-CF-002", "中华人民共和国价格法", "第四十条", "经营者有本法第十四条所列行为之一的……"));
        JsonNode imported = xlsx(admin, path + "/import", TypedWorkbook.of(sheets)).json();
        assertThat(imported.get("created").asInt()).isEqualTo(2);
        long first = imported.get("drafts").get(0).asLong();
        String version = "/api/v1/catalog/versions/" + first;
        admin.post(version + "/submit", Map.of());
        reviewer.post(version + "/pass", Map.of());
        assertThat(admin.post(version + "/publish", Map.of("effectiveFrom", ChinaDay.today()
                .toString())).status()).isEqualTo(200);

        // the newest versions exported and imported again as they are: nothing changes, nothing is added
        byte[] workbook = admin.get(path + "/export?format=xlsx&latest=true").body();
        JsonNode again = xlsx(admin, path + "/import", workbook).json();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();

        // corrected in the JSON export: the published item gets its next version, the draft is edited in place
        ObjectNode json = (ObjectNode) admin.get(path + "/export?format=json&latest=true").json();
        json.get("powers").values().forEach(p -> ((ObjectNode) p).put("timeLimit", "自立案之日起九十日内"));
        JsonNode corrected = admin.post(path + "/import", json).json();
        assertThat(corrected.get("updated").asInt()).isEqualTo(2);
        assertThat(corrected.get("created").asInt()).isZero();
        JsonNode latest = admin.get(path + "/export?format=json&latest=true").json().get("powers");
        assertThat(latest.values()).extracting(p -> p.get("code").asString() + " v" + p.get("version").asInt() + " "
                + p.get("state").asString()).containsExactly("X-CF-001 v2 DRAFT", "X-CF-002 v1 DRAFT");
        assertThat(admin.get("/api/v1/public/catalog/powers?agency=" + f.county).json().get("items").get(0)
                .get("content").has("timeLimit")).as("the published version is as it was").isFalse();

        JsonNode inForce = xlsx(admin, path + "/import", admin.get(path + "/export?format=xlsx").body()).json();
        assertThat(inForce.get("unchanged").asInt()).as("the list in force, imported while a draft is open, leaves "
                + "the draft as it is").isEqualTo(1);
        assertThat(inForce.get("updated").asInt()).isZero();

        String csv = admin.get(path + "/export?format=csv&list=powers").text();
        assertThat(csv).startsWith("\uFEFF事项编码,名称,类别,实施主体,承办机构,责任事项,办理时限,收费,救济途径,法律依据,版本,状态,"
                + "生效日期,有效至\r\n");
        assertThat(csv).as("in force today: the published version only").contains("X-CF-001,对无照经营的处罚,处罚,,执法稽查科,"
                + "\"立案责任：……\n调查责任：……\",,,,无证无照经营查处办法 第十三条：从事无照经营的").doesNotContain("X-CF-002");
    }

    private static ApiClient.Response xlsx(ApiClient client, String path, byte[] workbook) {
        return client.send("POST", path, Map.of("Content-Type", "application/octet-stream"), workbook);
    }

    private static JsonNode fixture(String name, String agency) throws IOException {
        try (var in = CatalogLifecycleIT.class.getResourceAsStream("/catalog/" + name)) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("AGENCY", agency));
        }
    }

    private static List<JsonNode> inForce(ApiClient client, long agency, LocalDate day) {
        return client.get("/api/v1/public/catalog/discretion-benchmarks?agency=" + agency + "&date=" + day).json()
                .get("items").values().stream().toList();
    }

    private static List<String> publicCodes(ApiClient client, long agency, LocalDate day) {
        return inForce(client, agency, day).stream().map(i -> i.get("code").asString()).toList();
    }
}
