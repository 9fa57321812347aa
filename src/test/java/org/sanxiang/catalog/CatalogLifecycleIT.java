package org.sanxiang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A violation with its discretion benchmark through its whole life by the API: refused while its bands overlap,
 * refused publication before review, reviewed by the agency's own reviewer (returned once, then passed),
 * published, amended with a later effective date, and read as in force on either day; an import with bad rows
 * imports nothing and names every bad row. The in-force and history queries run on both databases.
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
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
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
