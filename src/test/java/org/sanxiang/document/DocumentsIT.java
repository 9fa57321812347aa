package org.sanxiang.document;

import org.sanxiang.test.ChinaDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.CaseFixture.created;
import static org.sanxiang.casework.CaseFixture.refused;
import static org.sanxiang.casework.CaseFixture.rules;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseFixture;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.document.internal.pdf.PdfSignatures;
import org.sanxiang.ledger.internal.Finding;
import org.sanxiang.ledger.internal.LedgerVerifier;
import org.sanxiang.ledger.internal.Sequencer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A decision document through the API as officers make it: drafted from the decided case, refused while its reasons
 * are missing, issued with its 文号 and sealed PDF, unchangeable after, corrected by a new version, served (the
 * case's service step with it), and checked by anyone on the public endpoint; numbers stay gapless when officers
 * issue at once. Runs on both databases: the numbers are the database's.
 */
@IntegrationTest
@DatabaseBehaviour
class DocumentsIT {

    @LocalServerPort
    int port;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    Sequencer sequencer;
    @Autowired
    JdbcTemplate jdbc;

    RegistryFixture f;
    CaseFixture cases;
    LocalDate today;
    ApiClient officer;
    ApiClient unitHead;
    ApiClient chief;
    ApiClient anyone;
    long[] officers;
    String violation;

    @BeforeEach
    void agencyWithItsDocumentSettings() {
        f = new RegistryFixture(port);
        today = ChinaDay.today();
        cases = new CaseFixture(f, today);
        officers = new long[] {cases.qualifiedOfficer("文书甲", today.plusYears(2)),
            cases.qualifiedOfficer("文书乙", today.plusYears(2))};
        officer = f.as(cases.linked(officers[0], "OFFICER"));
        unitHead = f.as(f.user("UNIT_HEAD", f.city));
        chief = f.as(f.user("AGENCY_HEAD", f.city));
        anyone = ApiClient.anonymous(port);
        violation = cases.publishedViolation();
        assertThat(chief.put("/api/v1/document-settings", Map.of("abbreviation", "测市监", "reviewBody",
                "测试市人民政府", "court", "测试市石鼓区人民法院", "payment", "请至测试市财政非税收入专户缴纳。")).status())
                .isEqualTo(200);
    }

    @Test
    void aDecisionIsDraftedFromItsCaseIssuedSealedCorrectedServedAndVerifiedByAnyone() throws Exception {
        long caseId = cases.decidedFine(officer, officers, unitHead, chief, violation);
        JsonNode offers = officer.get("/api/v1/cases/" + caseId + "/document-templates").json();
        assertThat(offer(offers, "penalty-decision").get("allowed").asBoolean()).isTrue();
        assertThat(offer(offers, "no-penalty-decision") == null
                || !offer(offers, "no-penalty-decision").get("allowed").asBoolean()).isTrue();

        JsonNode draft = created(officer.post("/api/v1/cases/" + caseId + "/documents",
                Map.of("template", "penalty-decision")));
        long id = draft.get("document").get("id").asLong();
        JsonNode fields = draft.get("fields");
        assertThat(fields.get("partyName").asString()).isEqualTo("某某糕点有限公司");
        assertThat(fields.get("fine").asString()).isEqualTo("80000");
        assertThat(fields.get("court").asString()).isEqualTo("测试市石鼓区人民法院");
        assertThat(fields.get("publication").asString()).contains("公示");
        assertThat(draft.get("issueRefusals").toString()).contains("decision-gives-reasons",
                "decision-answers-defence");

        ApiClient.Response early = officer.post("/api/v1/documents/" + id + "/issue", Map.of());
        refused(early, "decision-gives-reasons");
        assertThat(rules(early)).contains("decision-answers-defence", "document-fields-complete");

        assertThat(officer.put("/api/v1/documents/" + id + "/fields", Map.of("fields", complete(fields)))
                .status()).isEqualTo(200);
        JsonNode issued = officer.post("/api/v1/documents/" + id + "/issue", Map.of()).json();
        JsonNode summary = issued.get("document");
        assertThat(summary.get("status").asString()).isEqualTo("IN_FORCE");
        String number = summary.get("number").asString();
        assertThat(number).isEqualTo("测市监处罚〔" + today.getYear() + "〕1号");

        refused(officer.put("/api/v1/documents/" + id + "/fields", Map.of("fields", Map.of("facts", "改"))),
                "issued-document-unchanged");

        JsonNode listed = officer.get("/api/v1/cases/" + caseId + "/documents").json().get(0);
        assertThat(listed.get("number").asString()).isEqualTo(number);
        ApiClient.Response download = officer.get(listed.get("pdf").asString());
        assertThat(download.contentType()).startsWith("application/pdf");
        byte[] pdf = download.body();
        assertThat(sha256(pdf)).isEqualTo(listed.get("sha256").asString());
        // kept for people to look at (pdftoppm), as the party receives it
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"))
                .resolve("issued-penalty-decision.pdf"), pdf);
        assertThat(IssuedPdfs.qrUrl(pdf)).as("its QR code opens its verification page").endsWith("/d/" + id);
        PdfSignatures.Report sealed = new PdfSignatures().verify(pdf);
        assertThat(sealed.intact()).as("sealed and unchanged since").isTrue();
        assertThat(sealed.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signerName()).as("the agency's seal").contains("市场监督管理局");
            assertThat(s.coversWholeFile()).isTrue();
        });
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 3] ^= 1;
        assertThat(new PdfSignatures().verify(tampered).intact()).as("a changed byte breaks the seal").isFalse();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("行政处罚决定书", number, "某某糕点有限公司", "证据采信理由", "测试市人民政府");
            for (PDPage page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }

        JsonNode checked = eventually(() -> anyone.get("/api/v1/public/documents/" + id).json(),
                j -> j.hasNonNull("ledgerIndex"));
        assertThat(checked.get("number").asString()).isEqualTo(number);
        assertThat(checked.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(checked.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(checked.toString()).as("no personal data").doesNotContain("某某糕点", "法定代表人");
        assertThat(anyone.get("/api/v1/public/documents/" + (id + 1000)).status()).isEqualTo(404);

        JsonNode correction = created(officer.post("/api/v1/documents/" + id + "/corrections",
                Map.of("reason", "罚款缴纳账户有误")));
        long v2 = correction.get("document").get("id").asLong();
        Map<String, Object> changed = new HashMap<>(complete(fields));
        changed.put("payment", "请至测试市财政非税收入专户（更正后账户）缴纳。");
        assertThat(officer.put("/api/v1/documents/" + v2 + "/fields", Map.of("fields", changed)).status())
                .isEqualTo(200);
        JsonNode second = officer.post("/api/v1/documents/" + v2 + "/issue", Map.of()).json().get("document");
        assertThat(second.get("number").asString()).as("a correction keeps its number").isEqualTo(number);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        JsonNode first = anyone.get("/api/v1/public/documents/" + id).json();
        assertThat(first.get("status").asString()).isEqualTo("CORRECTED");
        assertThat(first.get("correctedBy").asLong()).isEqualTo(v2);

        refused(officer.post("/api/v1/documents/" + v2 + "/services", Map.of("method", "DIRECT", "handedOn",
                today.toString(), "receiver", "法定代表人")), "service-receipt-kept");
        refused(officer.post("/api/v1/documents/" + id + "/services", Map.of("method", "DIRECT", "handedOn",
                today.toString(), "receiver", "法定代表人", "receipt", RECEIPT, "receiptType", "image/png")),
                "served-after-issue");
        ApiClient.Response served = officer.post("/api/v1/documents/" + v2 + "/services", Map.of("method", "DIRECT",
                "handedOn", today.toString(), "receiver", "法定代表人", "receipt", RECEIPT, "receiptType", "image/png",
                "avSkipReason", "当事人到场签收"));
        assertThat(served.status()).as(served.toString()).isEqualTo(201);
        JsonNode kase = officer.get("/api/v1/cases/" + caseId).json();
        assertThat(kase.get("state").asString()).as("the service is the case's step").isEqualTo("SERVED");
    }

    @Test
    void numbersStayGaplessAndUniqueWhenOfficersIssueAtOnce() throws Exception {
        long caseId = cases.decidedFine(officer, officers, unitHead, chief, violation);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JsonNode draft = created(officer.post("/api/v1/cases/" + caseId + "/documents",
                    Map.of("template", "penalty-decision")));
            long id = draft.get("document").get("id").asLong();
            assertThat(officer.put("/api/v1/documents/" + id + "/fields", Map.of("fields",
                    complete(draft.get("fields")))).status()).isEqualTo(200);
            drafts.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(drafts.size());
        try {
            List<Future<ApiClient.Response>> issued = new ArrayList<>();
            for (long id : drafts) {
                issued.add(pool.submit(() -> officer.post("/api/v1/documents/" + id + "/issue", Map.of())));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<ApiClient.Response> r : issued) {
                ApiClient.Response response = r.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                numbers.add(response.json().get("document").get("number").asString());
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= drafts.size(); n++) {
                expected.add("测市监处罚〔" + today.getYear() + "〕" + n + "号");
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIssuedDocumentChangedInTheDatabaseIsNamedByTheLedger() {
        long caseId = cases.decidedFine(officer, officers, unitHead, chief, violation);
        JsonNode draft = created(officer.post("/api/v1/cases/" + caseId + "/documents",
                Map.of("template", "penalty-decision")));
        long id = draft.get("document").get("id").asLong();
        officer.put("/api/v1/documents/" + id + "/fields", Map.of("fields", complete(draft.get("fields"))));
        assertThat(officer.post("/api/v1/documents/" + id + "/issue", Map.of()).status()).isEqualTo(200);
        assertThat(verified().findings()).isEmpty();

        assertDrifted(id, "status", "update document set status = 'WITHDRAWN' where id = ?",
                "update document set status = 'IN_FORCE' where id = ?");
        // the file served, not only its hash column: a PDF swapped behind the application shows as another hash
        byte[] original = jdbc.queryForObject("select content from document_pdf where document_id = ?",
                byte[].class, id);
        byte[] swapped = original.clone();
        swapped[swapped.length / 2] ^= 1;
        jdbc.update("update document_pdf set content = ? where document_id = ?", swapped, id);
        try {
            assertThat(verified().findings()).anySatisfy(finding -> {
                assertThat(finding.record().id()).isEqualTo(Long.toString(id));
                assertThat(finding.record().fields()).containsExactly("sha256");
            });
        } finally {
            jdbc.update("update document_pdf set content = ? where document_id = ?", original, id);
        }
        assertThat(verified().findings()).isEmpty();
    }

    private void assertDrifted(long id, String field, String tamper, String restore) {
        jdbc.update(tamper, id);
        try {
            assertThat(verified().findings()).singleElement().satisfies(finding -> {
                assertThat(finding.kind()).isEqualTo(Finding.Kind.RECORD_DRIFTED);
                assertThat(finding.record().type()).isEqualTo("document");
                assertThat(finding.record().fields()).containsExactly(field);
            });
        } finally {
            jdbc.update(restore, id);
        }
    }

    private LedgerVerifier.Report verified() {
        sequencer.integrateAll();
        return verifier.verify();
    }

    /** A 1×1 PNG: the photo of the signed 送达回证 stands in for itself. */
    static final String RECEIPT = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6k"
            + "gAAAABJRU5ErkJggg==";

    private static Map<String, Object> complete(JsonNode prefilled) {
        Map<String, Object> fields = new HashMap<>();
        prefilled.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
        fields.put("evidence", "现场检查笔录、询问笔录、进货台账");
        fields.put("evidenceReasons", "以上证据来源合法、内容真实，与本案事实相关联，予以采信。");
        fields.put("violatedProvision", "《中华人民共和国食品安全法》第三十四条第（十）项");
        fields.put("basisReasons", "当事人使用超过保质期的食品原料生产食品，符合该项规定的情形。");
        fields.put("discretionReasons", "当事人违法情节一般，依裁量基准在一般档次内处罚。");
        fields.put("penaltyProvision", "《中华人民共和国食品安全法》第一百二十四条第一款");
        fields.put("defenceAnswers", "对第一点，进货查验是当事人的法定义务，不予采纳。\n对第二点，已销毁属实，在裁量时予以考虑。");
        return fields;
    }

    private static JsonNode offer(JsonNode offers, String template) {
        for (JsonNode o : offers) {
            if (o.get("template").asString().equals(template)) {
                return o;
            }
        }
        return null;
    }

    private static JsonNode eventually(Callable<JsonNode> read, java.util.function.Predicate<JsonNode> done)
            throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode last = read.call();
        while (!done.test(last) && System.nanoTime() < until) {
            Thread.sleep(200);
            last = read.call();
        }
        return last;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
