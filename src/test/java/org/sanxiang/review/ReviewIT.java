package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.CaseFixture.created;
import static org.sanxiang.casework.CaseFixture.option;
import static org.sanxiang.casework.CaseFixture.refused;
import static org.sanxiang.casework.CaseFixture.step;
import static org.sanxiang.casework.CaseFixture.taken;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseFixture;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.ApiClient;
import org.sanxiang.review.internal.Checklist;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The legal review through the API, as the handling unit, the reviewers, the heads and a hostile client would drive
 * it: no major decision without a passed review of the materials as they are (行政处罚法 第五十八条), return and
 * resubmit, a dispute decided collectively, and every way around the gate refused with its rule's name.
 */
@IntegrationTest
@DatabaseBehaviour
class ReviewIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    RegistryFixture f;
    CaseFixture cases;
    LocalDate today;
    long[] officers;
    String officerName;
    ApiClient officer;
    ApiClient unitHead;
    ApiClient chief;
    String reviewerName;
    ApiClient reviewer;
    ApiClient otherReviewer;
    String violation;

    @BeforeEach
    void agencyWithAMajorDecisionList() {
        f = new RegistryFixture(port);
        today = ChinaDay.today();
        cases = new CaseFixture(f, today);
        long a = cases.qualifiedOfficer("执法甲", today.plusYears(3));
        long b = cases.qualifiedOfficer("执法乙", today.plusYears(3));
        officers = new long[] {a, b};
        officerName = cases.linked(a, "OFFICER");
        officer = f.as(officerName);
        unitHead = f.as(f.user("UNIT_HEAD", f.city));
        chief = f.as(f.user("AGENCY_HEAD", f.city));
        violation = cases.publishedViolation();
        reviewerName = cases.account("LEGAL_REVIEWER");
        reviewer = f.as(reviewerName);
        otherReviewer = f.as(cases.account("LEGAL_REVIEWER"));
        RegistryFixture.created(f.admin.post("/api/v1/registry/agencies/" + f.city + "/legal-staff", Map.of("name",
                "张律师", "kind", "LEGAL_ADVISER", "qualification", "法律职业资格证书")));
        cases.publish("major-decisions", "{\"code\":\"ZD-" + f.tag + "\",\"name\":\"较大数额罚款\",\"legalBasis\":[{\"law\":"
                + "\"中华人民共和国行政处罚法\",\"article\":\"第五十八条\",\"text\":\"未经法制审核或者审核未通过的，不得作出决定\"}],"
                + "\"penalties\":[\"罚款\"],\"minAmountPerson\":\"10000\",\"minAmountOrganisation\":\"50000\","
                + "\"reviewUnit\":\"政策法规科\"}");
    }

    @Test
    void aMajorFineIsDecidedOnlyAfterThePassedReviewOfItsMaterialsAsTheyAre() {
        long id = cases.notifiedFine(officer, officers, unitHead, violation, "80000");

        JsonNode needs = officer.get("/api/v1/cases/" + id + "/review").json();
        assertThat(needs.get("major").asBoolean()).isTrue();
        assertThat(needs.get("criterion").get("code").asString()).isEqualTo("ZD-" + f.tag);
        refused(decide(id, "80000"), "legal-review-passed");
        assertThat(decide(id, "80000").json().get("messages").get("zh").asString()).contains("尚未提交法制审核");
        JsonNode decideOption = option(officer.get("/api/v1/cases/" + id).json(), "decide");
        assertThat(decideOption.toString()).as("the case page is told why, too").contains("legal-review-passed");

        refused(officer.post("/api/v1/cases/" + id + "/reviews", Map.of("statement", "拟罚款八万元")),
                "submitter-answers-for-materials");
        JsonNode first = created(submit(id));
        assertThat(first.get("round").asInt()).isEqualTo(1);
        assertThat(first.get("status").asString()).isEqualTo("PENDING");
        assertThat(first.get("draftFine").decimalValue()).isEqualByComparingTo("80000");
        assertThat(first.get("materialsSha256").asString()).hasSize(64);
        assertThat(LocalDate.parse(first.get("dueOn").asString())).isAfter(today.plusDays(9));
        refused(submit(id), "review-submission-open");
        refused(decide(id, "80000"), "legal-review-passed");
        long r1 = first.get("id").asLong();

        refused(reviewer.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", officerName)),
                "reviewer-not-case-handler");
        // a reviewer with a tie to the case withdraws; she is then never assigned to the round
        String withdrawn = cases.account("LEGAL_REVIEWER");
        ApiClient tied = f.as(withdrawn);
        assertThat(tied.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", withdrawn)).status())
                .isEqualTo(200);
        refused(tied.post("/api/v1/reviews/" + r1 + "/recusal", Map.of()), "recusal-stated");
        JsonNode recused = tied.post("/api/v1/reviews/" + r1 + "/recusal", Map.of("reason", "当事人系本人近亲属")).json();
        assertThat(recused.has("reviewer") && !recused.get("reviewer").isNull()).as("the round awaits another reviewer")
                .isFalse();
        assertThat(recused.get("recusals").toString()).contains(withdrawn + "：当事人系本人近亲属");
        refused(reviewer.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", withdrawn)),
                "reviewer-not-case-handler");
        refused(officer.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", reviewerName)),
                "review-step-by-its-role");
        assertThat(reviewer.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", reviewerName)).status())
                .isEqualTo(200);
        refused(otherReviewer.post("/api/v1/reviews/" + r1 + "/opinion", opinion("AGREE", null, null)),
                "opinion-by-assigned-reviewer");
        Map<String, Object> stranger = new LinkedHashMap<>(opinion("AGREE", "同意", null));
        stranger.put("consultations", List.of(Map.of("adviser", "路人甲", "opinion", "同意")));
        assertThat(reviewer.post("/api/v1/reviews/" + r1 + "/opinion", stranger).json().get("messages").get("zh")
                .asString()).as("only the agency's registered advisers are consulted").contains("“路人甲”不是本机关登记在岗的法律顾问");
        refused(reviewer.post("/api/v1/reviews/" + r1 + "/opinion", Map.of("opinion", "AGREE", "checklist",
                Map.of("subject", Map.of("holds", true)))), "checklist-answered");
        JsonNode returned = reviewer.post("/api/v1/reviews/" + r1 + "/opinion", opinion("PROBLEMS",
                "罚款数额未说明裁量理由，请补充后重新报送", "discretion")).json();
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(decide(id, "80000").json().get("messages").get("zh").asString()).contains("退回修改");

        long r2 = created(submit(id)).get("id").asLong();
        assertThat(reviewer.post("/api/v1/reviews/" + r2 + "/assignment", Map.of("reviewer", reviewerName)).status())
                .isEqualTo(200);
        JsonNode passed = reviewer.post("/api/v1/reviews/" + r2 + "/opinion", opinion("AGREE", "同意", null)).json();
        assertThat(passed.get("status").asString()).as(passed.toString()).isEqualTo("PASSED");
        // the written opinion is issued into the case's file; it is not a material the pass is checked against
        JsonNode written = officer.get("/api/v1/documents/" + passed.get("opinionDocumentId").asLong()).json();
        assertThat(written.get("document").get("type").asString()).isEqualTo("legal-review");
        assertThat(written.get("document").get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(written.get("fields").get("opinion").asString()).isEqualTo("同意");
        assertThat(written.get("fields").get("checklist").asString()).contains("裁量基准运用适当：是。符合");
        assertThat(officer.get("/api/v1/documents/" + passed.get("opinionDocumentId").asLong() + "/pdf").text())
                .startsWith("%PDF");
        assertThat(officer.post("/api/v1/cases/" + id + "/documents", Map.of("template", "legal-review")).status())
                .as("nobody drafts the reviewer's opinion by hand").isEqualTo(400);
        assertThat(officer.get("/api/v1/cases/" + id + "/review").json().get("rounds")).hasSize(2);

        assertThat(decide(id, "90000").json().get("messages").get("zh").asString()).as("a heavier fine than reviewed")
                .contains("不一致");
        record(officer.get("/api/v1/cases/" + id).json().get("number").asString());
        ApiClient.Response afterNewEvidence = decide(id, "80000");
        refused(afterNewEvidence, "legal-review-passed");
        assertThat(afterNewEvidence.json().get("messages").get("zh").asString()).contains("新增证据").contains("重新提交");

        JsonNode third = created(submit(id));
        long r3 = third.get("id").asLong();
        assertThat(r3).as("materials changed: a new round").isNotEqualTo(r2);
        assertThat(third.get("changesFromPrevious").toString()).as("the reviewer reads what changed")
                .contains("新增证据 #");
        assertThat(reviewer.get("/api/v1/reviews/" + r2).json().get("changesFromPrevious")).as("resubmitted as it was")
                .isEmpty();
        reviewer.post("/api/v1/reviews/" + r3 + "/assignment", Map.of("reviewer", reviewerName));
        assertThat(reviewer.post("/api/v1/reviews/" + r3 + "/opinion", opinion("AGREE", "同意", null)).status())
                .isEqualTo(200);
        taken(decide(id, "80000"), "DECIDED");

        JsonNode entries = f.admin.get("/api/v1/ledger/entries?subjectType=legal-review&subjectId=" + r1).json();
        assertThat(entries.toString()).contains("review.submitted").contains(first.get("materialsSha256").asString());

        // the agency's indicators this year: three rounds, the first returned, every major decision reviewed
        JsonNode year = chief.get("/api/v1/reviews/indicators").json();
        assertThat(year.get("from").asString()).isEqualTo(today.withDayOfYear(1).toString());
        assertThat(List.of(year.get("submitted").asLong(), year.get("answered").asLong(), year.get("passed").asLong(),
                year.get("returned").asLong(), year.get("firstRounds").asLong(), year.get("passedFirstTime").asLong(),
                year.get("open").asLong(), year.get("overdue").asLong(), year.get("majorDecisions").asLong(),
                year.get("majorDecisionsReviewed").asLong())).containsExactly(3L, 3L, 2L, 1L, 1L, 0L, 0L, 0L, 1L, 1L);
        assertThat(year.get("reviewedShare").decimalValue()).isEqualByComparingTo("100");
        assertThat(year.get("averageDays").decimalValue()).as("answered the day they came").isEqualByComparingTo("0");
        assertThat(year.get("reviewers").get("indicator").asString()).isEqualTo("legal-reviewer-ratio");
        assertThat(f.as(f.user("SUPERVISOR", f.justice)).get("/api/v1/reviews/indicators?agencyId=" + f.city)
                .json().get("answered").asLong()).as("the supervisor above reads them").isEqualTo(3);
        assertThat(chief.get("/api/v1/reviews/indicators?from=2026-05-01&to=2026-04-01").status()).isEqualTo(400);
        RegistryFixture other = new RegistryFixture(port);
        assertThat(other.as(other.user("AGENCY_HEAD", other.city)).get("/api/v1/reviews/indicators?agencyId="
                + f.city).status()).as("another agency's head").isEqualTo(404);
    }

    @Test
    void aDisputedReturnIsDecidedByTheHeadsCollectively() {
        long id = cases.notifiedFine(officer, officers, unitHead, violation, "70000");
        long r1 = created(submit(id)).get("id").asLong();
        refused(officer.post("/api/v1/reviews/" + r1 + "/dispute", Map.of("reason", "不同意")),
                "disagreement-after-return");
        reviewer.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", reviewerName));
        reviewer.post("/api/v1/reviews/" + r1 + "/opinion", opinion("PROBLEMS", "应当从轻处罚", "discretion"));
        refused(officer.post("/api/v1/reviews/" + r1 + "/dispute", Map.of()), "disagreement-after-return");
        JsonNode disputed = officer.post("/api/v1/reviews/" + r1 + "/dispute",
                Map.of("reason", "当事人系再次违法，不具备从轻情节")).json();
        assertThat(disputed.get("status").asString()).isEqualTo("DISPUTED");
        assertThat(decide(id, "70000").json().get("messages").get("zh").asString()).contains("集体讨论");

        taken(step(chief, id, "discuss-collectively", Map.of("attendees", "局长、副局长、法制审核机构负责人", "conclusion",
                "维持承办机构意见，罚款七万元")), "DISCUSSED");
        taken(decide(id, "70000"), "DECIDED");

        // who answered for what, in the order they acted (000 §三6, 002 §三(三)4)
        List<String> chain = new ArrayList<>();
        officer.get("/api/v1/cases/" + id + "/review").json().get("responsibility").forEach(link -> chain.add(
                link.get("part").get("zh").asString() + "：" + link.get("what").asString()));
        assertThat(chain).containsExactly("承办人员：", "承办人员：", "送审：第1轮，承诺送审材料真实、准确、完整",
                "指派审核人员：第1轮，指派" + reviewerName, "法制审核：第1轮，存在问题",
                "咨询法律顾问/公职律师：第1轮，出具书面意见", "提出异议：第1轮：当事人系再次违法，不具备从轻情节", "集体讨论：参加人员：局长、副局长、法制审核机构负责人", "作出决定：");
    }

    @Test
    void noClientGetsAroundTheGate() {
        long id = cases.notifiedFine(officer, officers, unitHead, violation, "80000");
        Map<String, Object> forged = new LinkedHashMap<>(decision("80000"));
        forged.put("reviewId", 1);
        assertThat(step(chief, id, "decide", forged).status()).as("a forged review id is no review").isNotEqualTo(200);
        assertThat(officer.get("/api/v1/cases/" + id).json().get("state").asString()).isEqualTo("NOTIFIED");
        assertThat(reviewer.post("/api/v1/reviews/999999999/opinion", opinion("AGREE", "同意", null)).status())
                .isEqualTo(404);

        long r1 = created(submit(id)).get("id").asLong();
        RegistryFixture other = new RegistryFixture(port);
        ApiClient stranger = other.as(other.user("LEGAL_REVIEWER", other.city));
        assertThat(stranger.get("/api/v1/reviews/" + r1).status()).as("another agency's reviewer").isEqualTo(404);
        assertThat(stranger.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", reviewerName)).status())
                .isIn(403, 404);
        assertThat(other.as(other.user("OFFICER", other.city)).post("/api/v1/cases/" + id + "/reviews",
                Map.of("statement", "越权送审", "pledged", true)).status()).isIn(403, 404);
        assertThat(f.as(f.user("SUPERVISOR", f.justice)).get("/api/v1/reviews").json().toString())
                .as("the supervisor above sees the queue").contains("\"id\":" + r1);
        refused(decide(id, "80000"), "legal-review-passed");
    }

    @Test
    void theHeadExtendsTheTimeLimitOnceAndTheQueueShowsTheDueDate() {
        long id = cases.notifiedFine(officer, officers, unitHead, violation, "80000");
        JsonNode round = created(submit(id));
        long r1 = round.get("id").asLong();
        refused(reviewer.post("/api/v1/reviews/" + r1 + "/extension", Map.of("days", 5, "reason", "需咨询法律顾问")),
                "review-step-by-its-role");
        JsonNode extended = chief.post("/api/v1/reviews/" + r1 + "/extension", Map.of("days", 5, "reason",
                "案情复杂，需咨询法律顾问")).json();
        assertThat(LocalDate.parse(extended.get("dueOn").asString()))
                .isAfter(LocalDate.parse(round.get("dueOn").asString()));
        refused(chief.post("/api/v1/reviews/" + r1 + "/extension", Map.of("days", 2, "reason", "再延")),
                "review-time-limit");
        JsonNode queue = reviewer.get("/api/v1/reviews").json();
        assertThat(queue.toString()).contains("\"id\":" + r1).contains(extended.get("dueOn").asString());
        assertThat(queue.get(0).get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aCoerciveMeasureTheListNamesMajorIsApprovedOnlyAfterItsReviewPassed() {
        // 003 衡阳县: every coercive measure is reviewed before the head approves it
        cases.publish("major-decisions", "{\"code\":\"ZD-" + f.tag + "-M\",\"name\":\"行政强制措施\",\"legalBasis\":"
                + "[{\"law\":\"中华人民共和国行政处罚法\",\"article\":\"第五十八条\",\"text\":\"……\"}],"
                + "\"procedures\":[\"行政强制措施\"],\"reviewUnit\":\"政策法规科\"}");
        long id = created(officer.post("/api/v1/cases", Map.of("procedure", "coercive-measure", "partyId",
                cases.party(officer, "ORGANISATION", "某某商行"), "domain", "market", "record", Map.of("measure",
                        "SEIZE", "reasons", "涉嫌销售假冒商品")))).get("id").asLong();
        refused(step(chief, id, "approve-measure", Map.of()), "legal-review-passed");

        long r1 = created(submit(id)).get("id").asLong();
        reviewer.post("/api/v1/reviews/" + r1 + "/assignment", Map.of("reviewer", reviewerName));
        assertThat(reviewer.post("/api/v1/reviews/" + r1 + "/opinion", opinion("AGREE", "同意", null)).status())
                .isEqualTo(200);
        taken(step(chief, id, "approve-measure", Map.of()), "APPROVED");
    }

    private ApiClient.Response submit(long caseId) {
        return officer.post("/api/v1/cases/" + caseId + "/reviews", Map.of("statement",
                "当事人使用过期面粉生产糕点，拟罚款", "pledged", true));
    }

    private ApiClient.Response decide(long caseId, String fine) {
        return step(chief, caseId, "decide", decision(fine));
    }

    private static Map<String, Object> decision(String fine) {
        return Map.of("outcome", "PENALTY", "penalty", "FINE", "fine", fine, "reasons", "违反食品安全法第三十四条");
    }

    /** An opinion with every checklist item answered; {@code failed}, when given, does not hold. */
    private static Map<String, Object> opinion(String opinion, String text, String failed) {
        Map<String, Object> checklist = new LinkedHashMap<>();
        for (String item : Checklist.ITEMS.keySet()) {
            checklist.put(item, item.equals(failed) ? Map.of("holds", false, "note", "见审核意见")
                    : Map.of("holds", true, "note", "符合"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("opinion", opinion);
        if (text != null) {
            body.put("text", text);
        }
        body.put("checklist", checklist);
        body.put("consultations", List.of(Map.of("adviser", "张律师", "opinion", "同意审核意见")));
        return body;
    }




    /** New evidence linked to the case after the pass, as the officer's camera uploads it. */
    private void record(String caseNumber) {
        TusClient camera = new TusClient(port, TusClient.user(users, f.tag + "-camera", f.city, Role.OFFICER));
        byte[] content = new byte[4096];
        new java.util.Random(System.nanoTime()).nextBytes(content);
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xD8;
        content[2] = (byte) 0xFF;
        content[3] = (byte) 0xE0;
        HttpResponse<byte[]> done = camera.resume(camera.start(content.length, Map.of("kind", "photo", "caseRef",
                caseNumber, "stepRef", "record-statement", "officer", "执法甲", "capturedAt", Instant.now().toString())),
                content, content.length);
        assertThat(done.statusCode()).isEqualTo(204);
    }
}
