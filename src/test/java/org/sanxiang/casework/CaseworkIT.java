package org.sanxiang.casework;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.internal.MissedDeadlines;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;

import static org.sanxiang.casework.CaseFixture.created;
import static org.sanxiang.casework.CaseFixture.option;
import static org.sanxiang.casework.CaseFixture.refused;
import static org.sanxiang.casework.CaseFixture.rules;
import static org.sanxiang.casework.CaseFixture.step;
import static org.sanxiang.casework.CaseFixture.taken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Whole procedures through the API, as officers, heads and a hostile client would drive them: a general-procedure
 * penalty from clue to closure with a hearing, a summary-procedure fine, a seizure extended and released, and an
 * inspection that opens a case. Every forbidden shortcut is refused with its rule's name. Runs on both databases:
 * the steps, officers and numbers are the database's.
 */
@IntegrationTest
@DatabaseBehaviour
class CaseworkIT {

    static final String MARKET = CaseFixture.MARKET;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    MissedDeadlines missedDeadlines;
    @Autowired
    JdbcTemplate jdbc;

    RegistryFixture f;
    CaseFixture cases;
    LocalDate today;
    long a;
    long b;
    long c;
    long expired;
    String officerAName;
    String unitHeadName;
    ApiClient officerA;
    ApiClient officerB;
    ApiClient unitHead;
    ApiClient chief;
    TusClient camera;
    String violation;

    @BeforeEach
    void agencyWithOfficersAndABenchmark() {
        f = new RegistryFixture(port);
        today = ChinaDay.today();
        cases = new CaseFixture(f, today);
        a = cases.qualifiedOfficer("执法甲", today.plusYears(3));
        b = cases.qualifiedOfficer("执法乙", today.plusYears(3));
        c = cases.qualifiedOfficer("主持丙", today.plusYears(3));
        expired = cases.qualifiedOfficer("过期丁", today.minusDays(1));
        officerAName = cases.linked(a, "OFFICER");
        officerA = f.as(officerAName);
        officerB = f.as(cases.linked(b, "OFFICER"));
        unitHeadName = f.user("UNIT_HEAD", f.city);
        unitHead = f.as(unitHeadName);
        chief = f.as(f.user("AGENCY_HEAD", f.city));
        camera = new TusClient(port, TusClient.user(users, f.tag + "-camera", f.city, Role.OFFICER));
        violation = cases.publishedViolation();
    }

    @Test
    void aGeneralProcedurePenaltyRunsFromClueToClosureWithAHearing() {
        JsonNode kase = created(officerA.post("/api/v1/cases", Map.of("procedure", "general-penalty", "partyId",
                cases.party(officerA, "ORGANISATION", "某某食品有限公司"), "domain", MARKET, "record", Map.of("source", "COMPLAINT",
                        "clueReceivedOn", today.toString(), "summary", "群众举报该公司使用过期原料"))));
        long id = kase.get("id").asLong();
        String number = kase.get("number").asString();
        assertThat(kase.get("state").asString()).isEqualTo("CLUE");
        assertThat(number).matches("\\d{4}P\\d{5}");
        assertThat(deadline(kase, "clue-verification")).isNotNull();
        assertThat(option(kase, "propose-filing").get("allowed").asBoolean()).isTrue();

        refused(step(officerA, id, "propose-filing", filing(List.of(a))), "two-qualified-officers");
        ApiClient.Response withExpired = step(officerA, id, "propose-filing", filing(List.of(a, expired)));
        refused(withExpired, "two-qualified-officers");
        assertThat(withExpired.json().get("messages").get("zh").asString()).contains("过期丁");
        taken(step(officerA, id, "propose-filing", filing(List.of(a, b))), "FILING_PROPOSED");
        assertThat(busyAgencysTasks(unitHeadName)).as("the head's 待办 finds it behind a busy agency's newer cases")
                .contains(number, "批准立案");

        refused(step(officerA, id, "approve-filing", Map.of()), "step-taken-by-its-role");
        JsonNode filed = taken(step(unitHead, id, "approve-filing", Map.of("opinion", "同意立案")), "INVESTIGATION");
        assertThat(deadline(filed, "case-time-limit").get("due").asString())
                .isEqualTo(today.plusDays(90).toString());
        assertThat(option(filed, "record-inspection").get("refusals").get(0).get("rule").asString())
                .as("the page is told before it tries").isEqualTo("audio-video-recorded");

        Map<String, Object> inspection = Map.of("place", "公司生产车间", "findings", "发现过期面粉 20 袋");
        refused(step(officerB, id, "record-inspection", inspection), "audio-video-recorded");
        record(number, "record-inspection", "video");
        taken(step(officerB, id, "record-inspection", inspection), "INVESTIGATION");

        refused(step(officerA, id, "conclude-investigation", report("200000")), "fine-within-band");
        refused(step(officerA, id, "conclude-investigation", Map.of("findings", "…", "violation", "NO-SUCH",
                "circumstance", "ORDINARY", "proposedPenalty", "FINE", "proposedFine", "90000")),
                "violation-in-benchmark-list");
        taken(step(officerA, id, "conclude-investigation", report("100000")), "INVESTIGATED");
        taken(step(unitHead, id, "review-case", Map.of("opinion", "事实清楚，证据确凿")), "CASE_REVIEWED");

        Map<String, Object> notice = new HashMap<>(Map.of("noticeServedOn", today.toString(), "noticeMethod",
                "DIRECT"));
        refused(step(officerA, id, "serve-notice", notice), "hearing-threshold");
        notice.put("hearingRightNotified", true);
        taken(step(officerA, id, "serve-notice", notice), "NOTIFIED");

        ApiClient.Response early = step(chief, id, "decide", decision("100000"));
        refused(early, "decision-after-statement-period");
        assertThat(rules(early)).contains("collective-discussion-required");

        taken(step(officerA, id, "request-hearing", Map.of("hearingRequestedOn", today.toString())),
                "HEARING_REQUESTED");
        ApiClient.Response tooSoon = step(officerA, id, "notify-hearing", hearing(today.plusDays(7), a));
        assertThat(rules(tooSoon)).contains("hearing-notice-seven-days", "hearing-presided-by-non-investigator");
        // the hearing is held today, as its notice served three weeks ago said (a test cannot wait for the day)
        Map<String, Object> noticed = new HashMap<>(hearing(today, c));
        noticed.put("hearingNoticeOn", today.minusWeeks(3).toString());
        taken(step(officerA, id, "notify-hearing", noticed), "HEARING_SCHEDULED");
        record(number, "hold-hearing", "audio");
        taken(step(officerA, id, "hold-hearing", Map.of("record", "当事人称原料系误用", "report", "建议维持拟处罚",
                "partyAttended", true)), "HEARD");

        ApiClient.Response heavier = step(chief, id, "decide", decision("100000.01"));
        assertThat(rules(heavier)).contains("no-heavier-penalty-for-defence", "collective-discussion-required");
        taken(step(chief, id, "discuss-collectively", Map.of("attendees", "局长、副局长", "conclusion", "同意罚款十万元")),
                "DISCUSSED");
        JsonNode decided = taken(step(chief, id, "decide", decision("100000")), "DECIDED");
        assertThat(deadline(decided, "decision-service")).isNotNull();

        refused(step(officerA, id, "serve-decision", Map.of("servedOn", today.toString(), "method", "ELECTRONIC",
                "avSkipReason", "当事人到场签收")), "electronic-service-consent");
        JsonNode served = taken(step(officerA, id, "serve-decision", Map.of("servedOn", today.toString(), "method",
                "DIRECT", "avSkipReason", "当事人到场签收")), "SERVED");
        assertThat(deadline(served, "payment").get("due").asString()).isEqualTo(today.plusDays(15).toString());
        refused(step(unitHead, id, "close", Map.of("summary", "结案")), "closed-after-execution");
        taken(step(officerA, id, "record-payment", Map.of("paidOn", today.toString(), "paid", "100000")),
                "EXECUTED");
        JsonNode closed = taken(step(unitHead, id, "close", Map.of("summary", "罚款已缴清")), "CLOSED");

        assertThat(closed.get("steps")).as("every step on the timeline").hasSize(15);
        assertThat(closed.get("transitions")).isEmpty();
        assertThat(officerA.get("/api/v1/cases?state=CLOSED&q=" + number).json().get("total").asLong()).isEqualTo(1);
        assertThat(officerA.get("/api/v1/cases?officer=" + c).json().get("total").asLong())
                .as("the presiding officer does not handle the case").isZero();
        assertThat(officerA.get("/api/v1/cases?officer=" + b + "&q=" + number).json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void aHostileClientIsToldWhatIsWrongWithEveryRequest() {
        long id = created(officerA.post("/api/v1/cases", Map.of("procedure", "general-penalty", "partyId",
                cases.party(officerA, "NATURAL_PERSON", "张三"), "domain", MARKET, "record", Map.of("source", "OTHER",
                        "clueReceivedOn", today.toString(), "summary", "线索")))).get("id").asLong();
        assertThat(step(officerA, id, "no-such-step", Map.of()).status()).isEqualTo(404);
        ApiClient.Response bad = step(officerA, id, "propose-filing", Map.of("officers", List.of(a, b),
                "actOn", "yesterday", "facts", "…", "surprise", 1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("messages").get("zh").asString()).contains("违法行为发生日", "surprise");
        refused(step(officerA, id, "propose-filing", Map.of("officers", List.of(a, b),
                "actOn", today.minusYears(2).minusDays(2).toString(), "facts", "…")), "limitation-period");
        assertThat(step(officerA, id, "propose-filing", Map.of("officers", List.of(a, b), "actOn",
                today.minusYears(2).minusDays(2).toString(), "harmsLifeHealthFinance", true, "facts", "…")).status())
                .as("five years where life or health was harmed").isEqualTo(200);
        assertThat(f.as(f.user("OFFICER", f.county)).get("/api/v1/cases/" + id).status())
                .as("another agency's case").isEqualTo(403);
    }

    @Test
    void aSummaryProcedureFineStaysWithinItsLimits() {
        Map<String, Object> spot = new HashMap<>(Map.of("officers", List.of(a, b), "place", "农贸市场", "facts",
                "未明码标价", "penalty", "FINE", "fine", "3000.01", "basis", "价格法 第四十二条", "formNumber", "No.0001",
                "avSkipReason", "执法记录仪故障"));
        refused(officerA.post("/api/v1/cases", summary("ORGANISATION", spot)), "summary-procedure-limits");
        spot.put("fine", "3000");
        JsonNode kase = created(officerA.post("/api/v1/cases", summary("ORGANISATION", spot)));
        assertThat(kase.get("state").asString()).isEqualTo("DECIDED_ON_SPOT");
        spot.put("fine", "201");
        refused(officerA.post("/api/v1/cases", summary("NATURAL_PERSON", spot)), "summary-procedure-limits");

        long id = kase.get("id").asLong();
        taken(step(unitHead, id, "file-record", Map.of()), "FILED");
        refused(step(unitHead, id, "close", Map.of()), "closed-after-execution");
        taken(step(officerA, id, "record-payment", Map.of("paidOn", today.toString(), "paid", "3000")), "FILED");
        taken(step(unitHead, id, "close", Map.of()), "CLOSED");
    }

    @Test
    void aSeizureIsExtendedOnceAndReleased() {
        JsonNode kase = created(officerA.post("/api/v1/cases", Map.of("procedure", "coercive-measure", "partyId",
                cases.party(officerA, "ORGANISATION", "某某商行"), "domain", MARKET, "record", Map.of("measure", "SEIZE",
                        "reasons", "涉嫌销售假冒商品"))));
        long id = kase.get("id").asLong();
        taken(step(chief, id, "approve-measure", Map.of()), "APPROVED");
        Map<String, Object> seizure = Map.of("officers", List.of(a, b), "place", "仓库", "record", "现场扣押",
                "items", "假冒运动鞋 120 双");
        refused(step(officerA, id, "apply-measure", seizure), "audio-video-recorded");
        record(kase.get("number").asString(), "apply-measure", "photo");
        refused(step(officerA, id, "apply-measure", seizure), "audio-video-recorded");
        record(kase.get("number").asString(), "apply-measure", "video");
        JsonNode applied = taken(step(officerA, id, "apply-measure", seizure), "APPLIED");
        assertThat(deadline(applied, "measure-period").get("due").asString())
                .isEqualTo(today.plusDays(30).toString());

        Map<String, Object> extension = new HashMap<>(Map.of("days", 31, "reasons", "需检验",
                "extensionNoticeOn", today.toString()));
        refused(step(chief, id, "extend-measure", extension), "measure-extended-once");
        extension.put("days", 30);
        JsonNode extended = taken(step(chief, id, "extend-measure", extension), "APPLIED");
        assertThat(deadline(extended, "measure-period").get("due").asString())
                .isEqualTo(today.plusDays(60).toString());
        refused(step(chief, id, "extend-measure", extension), "measure-extended-once");

        record(kase.get("number").asString(), "release-measure", "photo");
        taken(step(officerA, id, "release-measure", Map.of("releaseGround", "NO_VIOLATION", "record",
                "经检验为正品，解除扣押")), "RELEASED");
    }

    @Test
    void anInspectionThatFindsAProblemOpensACase() {
        JsonNode kase = created(officerA.post("/api/v1/cases", Map.of("procedure", "inspection", "partyId",
                cases.party(officerA, "INDIVIDUAL_BUSINESS", "李四小吃店"), "domain", MARKET, "record",
                Map.of("officers", List.of(a, b), "subject", "食品经营许可及从业人员健康证明"))));
        long id = kase.get("id").asLong();
        record(kase.get("number").asString(), "record-findings", "photo");
        taken(step(officerA, id, "record-findings", Map.of("place", "店内", "findings", "从业人员无健康证明",
                "problemsFound", true)), "RECORDED");
        taken(step(officerA, id, "open-clue", Map.of("summary", "从业人员未取得健康证明")), "CLUE_OPENED");
        JsonNode clues = officerA.get("/api/v1/cases?procedure=general-penalty&state=CLUE&q=李四小吃店").json();
        assertThat(clues.get("total").asLong()).isEqualTo(1);
        JsonNode both = officerA.get("/api/v1/cases?q=李四小吃店&size=1").json();
        assertThat(both.get("items")).as("the page").hasSize(1);
        assertThat(both.get("total").asLong()).as("counted beyond the page").isEqualTo(2);
        assertThat(both.get("totalExact").asBoolean()).isTrue();
        JsonNode clue = officerA.get("/api/v1/cases/" + clues.get("items").get(0).get("id").asLong()).json();
        assertThat(clue.get("facts").get("source").asString()).isEqualTo("INSPECTION");
    }

    @Test
    void aMissedDeadlineIsRecordedOnceWhenTwoNodesCheckAtOnceAlsoWhenMetLateAndCountedForItsUnit() throws Exception {
        // two clues received six weeks ago: their fifteen working days to be verified are long over
        long late = clue(today.minusWeeks(6));
        long metLate = clue(today.minusWeeks(6));
        taken(step(officerA, metLate, "propose-filing", filing(List.of(a, b))), "FILING_PROPOSED");
        assertThat(overdue(late)).isTrue();
        assertThat(overdue(metLate)).as("verified, late").isFalse();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> midnight = () -> missedDeadlines.check(today, Duration.ofDays(7));
            for (Future<Integer> run : nodes.invokeAll(List.of(midnight, midnight))) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        missedDeadlines.check(today, Duration.ofDays(7)); // and again: nothing new
        assertThat(missedEntries(late)).as("one ledger entry, however many checks").isEqualTo(1);
        assertThat(missedEntries(metLate)).as("a deadline met late is still missed").isEqualTo(1);
        assertThat(overdue(late)).as("still waiting for its step").isTrue();

        String page = BrowserSession.signedIn(port, officerAName, RegistryFixture.PASSWORD)
                .get("/workbench/cases/" + metLate).body();
        assertThat(page).contains("期限逾期：线索核查", "补办");
        String workbench = BrowserSession.signedIn(port, unitHeadName, RegistryFixture.PASSWORD).get("/workbench")
                .body();
        assertThat(workbench).contains(today.getYear() + " 年逾期的办案期限", "执法支队", ">2 个</strong>");
    }

    private long clue(LocalDate received) {
        return created(officerA.post("/api/v1/cases", Map.of("procedure", "general-penalty", "partyId",
                cases.party(officerA, "ORGANISATION", "迟办商行"), "domain", MARKET, "unitId", f.cityUnit, "record", Map.of(
                        "source", "COMPLAINT", "clueReceivedOn", received.toString(), "summary", "举报")))).get("id")
                .asLong();
    }

    private boolean overdue(long id) {
        String number = officerA.get("/api/v1/cases/" + id).json().get("number").asString();
        return officerA.get("/api/v1/cases?overdue=true&q=" + number).json().get("total").asLong() == 1;
    }

    /** The 待办 page of a head after the agency opened and closed more cases than 待办 looks at. */
    private String busyAgencysTasks(String head) {
        List<Object[]> closed = new ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            closed.add(new Object[] {f.city, "BUSY-" + f.tag + "-" + i});
        }
        String insert = "insert into enforcement_case (agency_id, number, procedure_name, state, party_kind, "
                + "party_name, domain, title, opened_on, data, created_at, created_by, updated_at, updated_by) "
                + "values (?, ?, 'SUMMARY_PENALTY', 'CLOSED', 'NATURAL_PERSON', '已结案当事人', 'market', '已结案', current_date, "
                + "'{}', current_timestamp, 'test', current_timestamp, 'test')";
        jdbc.batchUpdate(insert, closed);
        try {
            return BrowserSession.signedIn(port, head, RegistryFixture.PASSWORD).get("/workbench/cases/tasks").body();
        } finally {
            // the ledger has no entries of these: ledger verify would rightly name them
            jdbc.update("delete from enforcement_case where number like ?", "BUSY-" + f.tag + "-%");
        }
    }

    private int missedEntries(long id) {
        return jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'case' and subject_id = ? "
                + "and entry_type = 'case.deadline-missed'", Integer.class, Long.toString(id));
    }

    @Test
    void aPartyIsRegisteredWithCheckedNumbersAndItsPageGathersItsCasesMaskedForThoseNotAllowed() {
        String code = RegistryFixture.uscc();
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> company = new HashMap<>(Map.of("kind", "ORGANISATION", "name", f.tag + "示例食品有限公司",
                "creditCode", wrongCheck, "legalRepresentative", "王某", "phone", "0734-8123456"));
        ApiClient.Response bad = officerA.post("/api/v1/parties", company);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().get("messages").get("zh").asString()).contains("统一社会信用代码无效");
        assertThat(bad.json().get("messages").get("en").asString()).contains("credit code");
        company.put("creditCode", code);
        long companyId = created(officerA.post("/api/v1/parties", company)).get("id").asLong();
        ApiClient.Response twice = officerA.post("/api/v1/parties", company);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("messages").get("zh").asString()).as("points at the party on record")
                .contains("编号 " + companyId);

        String idNumber = RegistryFixture.idNumber();
        JsonNode person = created(officerA.post("/api/v1/parties", Map.of("kind", "NATURAL_PERSON", "name", "赵六",
                "idType", "RESIDENT_ID", "idNumber", idNumber, "phone", "13912345678")));
        long partyId = person.get("id").asLong();
        String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
        assertThat(person.get("idNumberMasked").asString()).isEqualTo(masked);
        assertThat(person.get("phoneMasked").asString()).isEqualTo("139****5678");
        assertThat(person.toString()).doesNotContain(idNumber).doesNotContain("13912345678");

        JsonNode kase = created(officerA.post("/api/v1/cases", Map.of("procedure", "general-penalty", "partyId",
                partyId, "domain", MARKET, "record", Map.of("source", "COMPLAINT", "clueReceivedOn",
                        today.toString(), "summary", "群众举报赵六无照经营"))));
        assertThat(kase.get("party").get("id").asLong()).isEqualTo(partyId);
        assertThat(kase.get("party").get("kind").asString()).isEqualTo("NATURAL_PERSON");
        assertThat(officerA.get("/api/v1/cases?party=" + partyId).json().get("total").asLong()).isEqualTo(1);
        assertThat(f.as(f.user("OFFICER", f.county)).post("/api/v1/cases", Map.of("procedure", "general-penalty",
                "partyId", partyId, "domain", MARKET, "record", Map.of("source", "OTHER", "clueReceivedOn",
                        today.toString(), "summary", "…"))).status()).as("another agency's party").isEqualTo(400);

        String page = BrowserSession.signedIn(port, officerAName, RegistryFixture.PASSWORD)
                .get("/workbench/parties/" + partyId).body();
        assertThat(page).contains(kase.get("number").asString(), "案件来源登记", masked, "查看完整号码")
                .doesNotContain(idNumber);
        String supervisor = f.user("SUPERVISOR", f.justice);
        String above = BrowserSession.signedIn(port, supervisor, RegistryFixture.PASSWORD)
                .get("/workbench/parties/" + partyId).body();
        assertThat(above).contains(kase.get("number").asString(), masked).doesNotContain(idNumber)
                .doesNotContain("查看完整号码");
        assertThat(f.as(supervisor).post("/api/v1/parties/" + partyId + "/numbers", Map.of()).status())
                .isEqualTo(403);
        assertThat(officerA.post("/api/v1/parties/" + partyId + "/numbers", Map.of()).json().get("idNumber")
                .asString()).isEqualTo(idNumber);

        Map<String, Object> moved = Map.of("kind", "NATURAL_PERSON", "name", "赵六", "idType", "RESIDENT_ID",
                "address", "衡阳市新址 1 号", "version", person.get("version").asLong());
        JsonNode changed = officerA.put("/api/v1/parties/" + partyId, moved).json();
        assertThat(changed.get("idNumberMasked").asString()).as("a blank number keeps the one on record")
                .isEqualTo(masked);
        assertThat(officerA.put("/api/v1/parties/" + partyId, moved).status()).as("a stale version")
                .isEqualTo(409);
    }

    /** An audio/video record of the step, captured now and linked to it, as the officer's camera uploads it. */
    private void record(String caseNumber, String step, String kind) {
        byte[] content = media(kind);
        HttpResponse<byte[]> done = camera.resume(camera.start(content.length, Map.of("kind", kind, "caseRef",
                caseNumber, "stepRef", step, "officer", "执法甲", "capturedAt", Instant.now().toString())), content,
                content.length);
        assertThat(done.statusCode()).isEqualTo(204);
    }

    private static byte[] media(String kind) {
        byte[] content = new byte[4096];
        new java.util.Random(System.nanoTime()).nextBytes(content); // each recording is a file of its own
        byte[] head = switch (kind) {
            case "video" -> new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
            case "photo" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
            default -> new byte[] {'I', 'D', '3', 3, 0};
        };
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private Map<String, Object> filing(List<Long> officers) {
        return Map.of("officers", officers, "actOn", today.minusMonths(1).toString(), "facts", "使用过期面粉生产糕点");
    }

    private Map<String, Object> report(String fine) {
        return Map.of("findings", "使用过期面粉生产糕点 300 盒", "violation", violation, "circumstance", "ORDINARY",
                "proposedPenalty", "FINE", "proposedFine", fine);
    }

    private Map<String, Object> decision(String fine) {
        return Map.of("outcome", "PENALTY", "penalty", "FINE", "fine", fine, "reasons", "违反食品安全法第三十四条");
    }

    private Map<String, Object> hearing(LocalDate on, long presiding) {
        return Map.of("hearingNoticeOn", today.toString(), "hearingOn", on.toString(), "hearingPlace", "第一听证室",
                "presiding", List.of(presiding));
    }

    private Map<String, Object> summary(String partyKind, Map<String, Object> record) {
        return Map.of("procedure", "summary-penalty", "partyId", cases.party(officerA, partyKind, "王五"), "domain", MARKET,
                "record", record);
    }


    private static JsonNode deadline(JsonNode kase, String kind) {
        for (JsonNode d : kase.get("deadlines")) {
            if (d.get("kind").asString().equals(kind)) {
                return d;
            }
        }
        return null;
    }
}
