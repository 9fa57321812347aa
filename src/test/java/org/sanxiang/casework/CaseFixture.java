package org.sanxiang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanxiang.test.ApiClient;
import org.sanxiang.test.RegistryFixture;
import tools.jackson.databind.JsonNode;

/**
 * Cases of the {@link RegistryFixture}'s city bureau through the API, for the tests of casework and of what builds
 * on it (documents): qualified officers linked to accounts, a published benchmark, parties, steps and what the
 * answers must be.
 */
public final class CaseFixture {

    public static final String MARKET = "market";

    private static final java.util.concurrent.atomic.AtomicInteger ACCOUNTS = new java.util.concurrent.atomic.AtomicInteger();

    private final RegistryFixture f;
    private final LocalDate today;

    public CaseFixture(RegistryFixture f, LocalDate today) {
        this.f = f;
        this.today = today;
    }

    public long qualifiedOfficer(String name, LocalDate until) {
        long officer = f.officer(f.city, f.tag + name, List.of(MARKET));
        f.credential(officer, RegistryFixture.uniqueNumber(), today.minusYears(1), until, List.of(MARKET));
        return officer;
    }

    /** A workbench account of this role linked to the officer; its username. */
    public String linked(long officer, String role) {
        String username = f.tag + "-" + role.toLowerCase() + "-" + officer;
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", username, "displayName", username,
                "password", RegistryFixture.PASSWORD, "agencyId", f.city, "roles", List.of(role))));
        assertThat(f.admin.put("/api/v1/registry/officers/" + officer + "/account", Map.of("username", username))
                .status()).isEqualTo(200);
        return username;
    }

    /** A violation of the city bureau's benchmark list, published today: 一般 band 70,000–100,000 yuan. */
    public String publishedViolation() {
        String code = "WF-CASE-" + f.tag;
        String citation = "{\"law\":\"中华人民共和国食品安全法\",\"article\":\"第一百二十四条\",\"text\":\"用超过保质期的食品原料"
                + "生产食品的，没收违法所得和违法生产经营的食品\"}";
        String body = "{\"code\":\"" + code + "\",\"name\":\"用超过保质期的食品原料生产食品\",\"violatedProvision\":["
                + citation + "],\"penaltyProvision\":[" + citation + "],\"penaltyKinds\":[\"罚款\"],\"bands\":["
                + "{\"circumstance\":\"不予处罚\",\"conditions\":\"初次违法且危害后果轻微并及时改正\",\"range\":{\"kind\":\"NONE\"}},"
                + "{\"circumstance\":\"一般\",\"conditions\":\"其他情形\",\"range\":{\"kind\":\"AMOUNT\",\"min\":70000,"
                + "\"max\":100000}}]}";
        publish("discretion-benchmarks", body);
        return code;
    }

    /**
     * An item of one of the city bureau's lists (its path), drafted, passed and published today by catalog staff of
     * its own (so that a test's own accounts of each role stay free).
     */
    public void publish(String list, String json) {
        ApiClient admin = f.as(account("ADMIN"));
        ApiClient reviewer = f.as(account("LEGAL_REVIEWER"));
        long version = RegistryFixture.created(admin.post("/api/v1/catalog/agencies/" + f.city + "/" + list,
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)));
        String path = "/api/v1/catalog/versions/" + version;
        assertThat(admin.post(path + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(reviewer.post(path + "/pass", Map.of()).status()).isEqualTo(200);
        assertThat(admin.post(path + "/publish", Map.of("effectiveFrom", today.toString())).status()).isEqualTo(200);
    }

    /** A new account of the city bureau with this role: its username. */
    public String account(String role) {
        String username = f.tag + "-case-" + role.toLowerCase().replace('_', '-') + "-" + ACCOUNTS.incrementAndGet();
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", username, "displayName", username,
                "password", RegistryFixture.PASSWORD, "agencyId", f.city, "roles", List.of(role))));
        return username;
    }

    /** A new party of the city bureau of this kind, with valid numbers of its own, registered by the officer. */
    public long party(ApiClient officer, String kind, String name) {
        Map<String, Object> party = switch (kind) {
            case "ORGANISATION" -> Map.of("kind", kind, "name", name, "creditCode", RegistryFixture.uscc(),
                    "legalRepresentative", "法定代表人", "address", "衡阳市石鼓区解放路 1 号");
            case "INDIVIDUAL_BUSINESS" -> Map.of("kind", kind, "name", name, "registrationNumber",
                    RegistryFixture.uniqueNumber(), "operatorName", "经营者");
            default -> Map.of("kind", kind, "name", name, "idType", "RESIDENT_ID", "idNumber",
                    RegistryFixture.idNumber());
        };
        return created(officer.post("/api/v1/parties", party)).get("id").asLong();
    }

    /**
     * A general-procedure case against a new organisation, driven by the officers and heads to 决定 with a fine of
     * 80,000 yuan (its notice served three weeks ago, so the statement period has passed): its id.
     */
    public long decidedFine(ApiClient officer, long[] officers, ApiClient unitHead, ApiClient chief, String violation) {
        long id = notifiedFine(officer, officers, unitHead, violation, "80000");
        taken(step(chief, id, "discuss-collectively", Map.of("attendees", "局长、副局长", "conclusion", "同意罚款八万元")),
                "DISCUSSED");
        taken(step(chief, id, "decide", Map.of("outcome", "PENALTY", "penalty", "FINE", "fine", "80000", "reasons",
                "违反食品安全法第三十四条")), "DECIDED");
        return id;
    }

    /**
     * A general-procedure case against a new organisation, driven to 告知 with this proposed fine (its notice served
     * three weeks ago, the party's statement recorded and re-checked), ready for a decision: its id.
     */
    public long notifiedFine(ApiClient officer, long[] officers, ApiClient unitHead, String violation, String fine) {
        long id = created(officer.post("/api/v1/cases", Map.of("procedure", "general-penalty", "partyId",
                party(officer, "ORGANISATION", "某某糕点有限公司"), "domain", MARKET, "record", Map.of("source",
                        "INSPECTION", "clueReceivedOn", today.toString(), "summary", "日常检查发现使用过期面粉"))))
                .get("id").asLong();
        taken(step(officer, id, "propose-filing", Map.of("officers", List.of(officers[0], officers[1]), "actOn",
                today.minusMonths(1).toString(), "facts", "使用过期面粉生产糕点")), "FILING_PROPOSED");
        taken(step(unitHead, id, "approve-filing", Map.of("opinion", "同意立案")), "INVESTIGATION");
        taken(step(officer, id, "conclude-investigation", Map.of("findings", "使用过期面粉生产糕点 300 盒", "violation",
                violation, "circumstance", "ORDINARY", "proposedPenalty", "FINE", "proposedFine", fine)),
                "INVESTIGATED");
        taken(step(unitHead, id, "review-case", Map.of("opinion", "事实清楚，证据确凿")), "CASE_REVIEWED");
        taken(step(officer, id, "serve-notice", Map.of("noticeServedOn", today.minusWeeks(3).toString(),
                "noticeMethod", "DIRECT", "hearingRightNotified", true)), "NOTIFIED");
        taken(step(officer, id, "record-statement", Map.of("statement", "一、面粉是供应商错送的。\n二、已全部销毁。",
                "recheck", "经复核，不予采纳第一点")), "NOTIFIED");
        return id;
    }

    public static ApiClient.Response step(ApiClient who, long id, String step, Map<String, Object> record) {
        return who.post("/api/v1/cases/" + id + "/transitions/" + step, record);
    }

    public static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    public static JsonNode taken(ApiClient.Response response, String state) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo(state);
        return response.json();
    }

    public static void refused(ApiClient.Response response, String rule) {
        assertThat(response.status()).as(response.toString()).isIn(409, 422);
        assertThat(rules(response)).as(response.toString()).contains(rule);
        assertThat(response.json().get("messages").get("zh").asString()).as("a Chinese message")
                .containsPattern("\\p{IsHan}");
    }

    /** The case's next step of this name as the API offers it, with its refusals. */
    public static JsonNode option(JsonNode kase, String step) {
        for (JsonNode t : kase.get("transitions")) {
            if (t.get("name").asString().equals(step)) {
                return t;
            }
        }
        throw new AssertionError("no step " + step + " offered: " + kase.get("transitions"));
    }

    public static List<String> rules(ApiClient.Response response) {
        List<String> rules = new ArrayList<>();
        JsonNode refusals = response.json().get("refusals");
        if (refusals != null) {
            refusals.forEach(r -> rules.add(r.get("rule").asString()));
        }
        return rules;
    }
}
