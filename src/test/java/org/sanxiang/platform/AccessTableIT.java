package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.sanxiang.casework.CaseFixture;
import org.sanxiang.review.internal.Checklist;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.evidence.TusClient;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may call what, as a table a reviewer reads: one row per endpoint of the API, one column per caller, and a
 * valid request for each row, so that "refused" means refused by the role (403; 401 without credentials) and not
 * a bad body, and "allowed" means the call succeeds. The table must list every API endpoint the application maps:
 * a new endpoint fails this test until someone decides, in this table, who may call it. The data scope (another
 * branch's records) is AuthorizationIT's; the pages are guarded by the same services and walked per role by
 * WorkbenchBrowserIT.
 */
@IntegrationTest
class AccessTableIT {

    /** The columns: anonymous, the platform's administrator, then the roles of a city bureau; the supervisor in the
     *  justice bureau above it. Y = allowed, . = refused. */
    static final List<String> CALLERS = List.of("anonymous", "platform-admin", "ADMIN", "OFFICER", "UNIT_HEAD",
            "LEGAL_REVIEWER", "AGENCY_HEAD", "DISCLOSURE_ADMIN", "SUPERVISOR");

    static final String EVERYONE = "Y Y Y Y Y Y Y Y Y";
    static final String SIGNED_IN = ". Y Y Y Y Y Y Y Y";
    static final String ADMINISTRATORS = ". Y Y . . . . . .";
    static final String PLATFORM = ". Y . . . . . . .";
    /** administrators and the supervisors above them */
    static final String OVERSIGHT = ". Y Y . . . . . Y";
    static final String RECORDERS = ". . . Y Y . . . .";
    static final String CATALOG_EDITORS = ". Y Y . . . . Y .";
    /** the agency's enforcement staff and the supervisors above it */
    static final String CASE_READERS = ". . . Y Y Y Y . Y";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserAccounts users;

    private static final String UPLOADS = "/api/v1/evidence/uploads";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AtomicInteger sequence = new AtomicInteger();
    private RegistryFixture f;
    private long officer;
    private long credential;
    private long staff;
    private long evidence;
    private String systemAccount;
    private ApiClient reviewer;
    private long publishedItem;
    private ApiClient caseOfficer;
    private long party;
    private String partyCode;

    /** The table: endpoint, who may call it, and a valid request. */
    private Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        // public: the portal's API, for everyone
        row(rows, "GET /api/v1/public/agencies", EVERYONE, c -> c.get("/api/v1/public/agencies"));
        row(rows, "GET /api/v1/public/agencies/{id}/officers", EVERYONE,
                c -> c.get("/api/v1/public/agencies/" + f.city + "/officers"));
        row(rows, "GET /api/v1/public/credentials/{number}", EVERYONE,
                c -> c.get("/api/v1/public/credentials/" + number(credential)));
        row(rows, "GET /api/v1/public/rules", EVERYONE, c -> c.get("/api/v1/public/rules"));
        row(rows, "GET /api/v1/public/calendar/years", EVERYONE, c -> c.get("/api/v1/public/calendar/years"));
        row(rows, "GET /api/v1/public/calendar/years/{year}", EVERYONE,
                c -> c.get("/api/v1/public/calendar/years/2026"));
        row(rows, "GET /api/v1/public/calendar/working-day", EVERYONE,
                c -> c.get("/api/v1/public/calendar/working-day?date=2026-10-01"));
        row(rows, "GET /api/v1/public/calendar/add-working-days", EVERYONE,
                c -> c.get("/api/v1/public/calendar/add-working-days?date=2026-09-28&days=7"));
        row(rows, "GET /api/v1/public/calendar/working-days-between", EVERYONE,
                c -> c.get("/api/v1/public/calendar/working-days-between?from=2026-09-28&to=2026-10-12"));
        row(rows, "GET /api/v1/public/ledger/checkpoint", EVERYONE, c -> c.get("/api/v1/public/ledger/checkpoint"));
        row(rows, "GET /api/v1/public/ledger/key", EVERYONE, c -> c.get("/api/v1/public/ledger/key"));
        row(rows, "GET /api/v1/public/ledger/entries/{index}", EVERYONE,
                c -> c.get("/api/v1/public/ledger/entries/0"));
        row(rows, "GET /api/v1/public/ledger/proof/inclusion", EVERYONE,
                c -> c.get("/api/v1/public/ledger/proof/inclusion?index=0&size=" + treeSize()));
        row(rows, "GET /api/v1/public/ledger/proof/consistency", EVERYONE,
                c -> c.get("/api/v1/public/ledger/proof/consistency?from=1&to=" + treeSize()));

        row(rows, "GET /api/v1/public/procedures", EVERYONE, c -> c.get("/api/v1/public/procedures"));
        row(rows, "GET /api/v1/public/procedures/{procedure}/flowchart.svg", EVERYONE,
                c -> c.get("/api/v1/public/procedures/general-penalty/flowchart.svg"));

        row(rows, "GET /api/v1/public/catalog/{list}", EVERYONE,
                c -> c.get("/api/v1/public/catalog/powers?agency=" + f.city));
        row(rows, "GET /api/v1/public/catalog/versions/{id}", EVERYONE,
                c -> c.get("/api/v1/public/catalog/versions/" + publishedItem));
        row(rows, "GET /api/v1/public/catalog/versions/{id}/history", EVERYONE,
                c -> c.get("/api/v1/public/catalog/versions/" + publishedItem + "/history"));
        row(rows, "GET /api/v1/public/catalog/versions/{id}/diff", EVERYONE,
                c -> c.get("/api/v1/public/catalog/versions/" + publishedItem + "/diff?to=" + publishedItem));

        // the published lists (事前公开): drafted by administrators and disclosure administrators, reviewed by the
        // agency's legal reviewers (the rules of the lifecycle; CatalogLifecycleIT)
        row(rows, "POST /api/v1/catalog/agencies/{agencyId}/{list}", CATALOG_EDITORS,
                c -> c.post("/api/v1/catalog/agencies/" + f.city + "/powers", power()));
        row(rows, "GET /api/v1/catalog/versions/{id}", SIGNED_IN, c -> c.get("/api/v1/catalog/versions/" + draft()));
        row(rows, "PUT /api/v1/catalog/versions/{id}", CATALOG_EDITORS, c -> {
            String code = f.tag + "-CF-" + next();
            return c.put("/api/v1/catalog/versions/" + draft(code), power(code));
        });
        row(rows, "POST /api/v1/catalog/versions/{id}/{step}", CATALOG_EDITORS,
                c -> c.post("/api/v1/catalog/versions/" + draft() + "/submit", Map.of()));
        row(rows, "POST /api/v1/catalog/versions/{id}/amend", CATALOG_EDITORS,
                c -> c.post("/api/v1/catalog/versions/" + published() + "/amend", Map.of()));
        row(rows, "GET /api/v1/catalog/agencies/{agencyId}/export", SIGNED_IN,
                c -> c.get("/api/v1/catalog/agencies/" + f.city + "/export?format=xlsx&latest=true"));
        row(rows, "GET /api/v1/catalog/agencies/{agencyId}/template", CATALOG_EDITORS,
                c -> c.get("/api/v1/catalog/agencies/" + f.city + "/template"));
        row(rows, "POST /api/v1/catalog/agencies/{agencyId}/import", CATALOG_EDITORS,
                c -> c.post("/api/v1/catalog/agencies/" + f.city + "/import", Map.of("agency", f.tag + "市场监督管理局",
                        "powers", List.of(power()))));

        // the registry: read by every signed-in user in scope, changed by administrators
        row(rows, "GET /api/v1/registry/agencies", SIGNED_IN, c -> c.get("/api/v1/registry/agencies"));
        row(rows, "GET /api/v1/registry/agencies/export", SIGNED_IN, c -> c.get("/api/v1/registry/agencies/export"));
        row(rows, "POST /api/v1/registry/agencies", ADMINISTRATORS, c -> c.post("/api/v1/registry/agencies",
                Map.of("name", f.tag + "下级" + next(), "uscc", RegistryFixture.uscc(), "level", "TOWNSHIP",
                        "domain", "market", "kind", "ENTRUSTED", "parentId", f.city)));
        row(rows, "GET /api/v1/registry/agencies/{id}", SIGNED_IN, c -> c.get("/api/v1/registry/agencies/" + f.city));
        row(rows, "PUT /api/v1/registry/agencies/{id}", ADMINISTRATORS,
                c -> edit(c, "/api/v1/registry/agencies/" + f.county, a -> a.put("complaintPhone", "0734-" + next())));
        row(rows, "GET /api/v1/registry/agencies/{id}/indicator", SIGNED_IN,
                c -> c.get("/api/v1/registry/agencies/" + f.city + "/indicator"));
        row(rows, "GET /api/v1/registry/agencies/{id}/units", SIGNED_IN,
                c -> c.get("/api/v1/registry/agencies/" + f.city + "/units"));
        row(rows, "GET /api/v1/registry/agencies/{id}/units/export", SIGNED_IN,
                c -> c.get("/api/v1/registry/agencies/" + f.city + "/units/export"));
        row(rows, "POST /api/v1/registry/agencies/{id}/units", ADMINISTRATORS,
                c -> c.post("/api/v1/registry/agencies/" + f.city + "/units",
                        Map.of("name", "科室" + next(), "kind", "OTHER")));
        row(rows, "PUT /api/v1/registry/units/{unitId}", ADMINISTRATORS,
                c -> c.put("/api/v1/registry/units/" + f.cityUnit, Map.of("name", "执法支队" + next(),
                        "kind", "ENFORCEMENT")));
        row(rows, "GET /api/v1/registry/agencies/{id}/legal-staff", SIGNED_IN,
                c -> c.get("/api/v1/registry/agencies/" + f.city + "/legal-staff"));
        row(rows, "GET /api/v1/registry/agencies/{id}/legal-staff/export", SIGNED_IN,
                c -> c.get("/api/v1/registry/agencies/" + f.city + "/legal-staff/export"));
        row(rows, "POST /api/v1/registry/agencies/{id}/legal-staff", ADMINISTRATORS,
                c -> c.post("/api/v1/registry/agencies/" + f.city + "/legal-staff", Map.of("name", "审核" + next(),
                        "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书")));
        row(rows, "PUT /api/v1/registry/legal-staff/{staffId}", ADMINISTRATORS,
                c -> c.put("/api/v1/registry/legal-staff/" + staff, Map.of("name", "审核丁", "kind",
                        "LEGAL_REVIEWER", "qualification", "法律职业资格证书", "phone", "0734-" + next(),
                        "version", version("/api/v1/registry/agencies/" + f.city + "/legal-staff", staff))));
        row(rows, "GET /api/v1/registry/officers", SIGNED_IN, c -> c.get("/api/v1/registry/officers"));
        row(rows, "GET /api/v1/registry/officers/export", SIGNED_IN, c -> c.get("/api/v1/registry/officers/export"));
        row(rows, "POST /api/v1/registry/agencies/{id}/officers", ADMINISTRATORS,
                c -> c.post("/api/v1/registry/agencies/" + f.city + "/officers", Map.of("name", "新人" + next(),
                        "idNumber", RegistryFixture.idNumber(), "domains", List.of("market"))));
        row(rows, "POST /api/v1/registry/agencies/{id}/officers/import", ADMINISTRATORS,
                c -> c.upload("/api/v1/registry/agencies/" + f.city + "/officers/import", "officers.csv",
                        ("姓名,身份证号码,所在机构,职务,执法领域,执法区域,执法证号,发证机关,发证日期,有效期至\n导入" + next()
                                + "," + RegistryFixture.idNumber() + ",,,市场监管,," + RegistryFixture.uniqueNumber()
                                + ",湖南省人民政府,2024-01-01,2030-01-01\n")
                                .getBytes(StandardCharsets.UTF_8)));
        row(rows, "GET /api/v1/registry/officers/{id}", SIGNED_IN, c -> c.get("/api/v1/registry/officers/" + officer));
        row(rows, "PUT /api/v1/registry/officers/{id}", ADMINISTRATORS,
                c -> edit(c, "/api/v1/registry/officers/" + officer, o -> o.put("position", "科员" + next())));
        row(rows, "PUT /api/v1/registry/officers/{id}/account", ADMINISTRATORS,
                c -> c.put("/api/v1/registry/officers/" + officer + "/account", Map.of("username", "")));
        row(rows, "POST /api/v1/registry/officers/{id}/credentials", ADMINISTRATORS,
                c -> c.post("/api/v1/registry/officers/" + officer + "/credentials", Map.of("number",
                        RegistryFixture.uniqueNumber(), "issuer", "湖南省人民政府", "issuedOn", "2024-01-01",
                        "validUntil", "2030-01-01", "domains", List.of("market"))));
        row(rows, "POST /api/v1/registry/credentials/{id}/status", ADMINISTRATORS,
                c -> c.post("/api/v1/registry/credentials/" + newCredential() + "/status",
                        Map.of("status", "SUSPENDED", "reason", "接受调查")));
        row(rows, "GET /api/v1/registry/authority", SIGNED_IN,
                c -> c.get("/api/v1/registry/authority?officerId=" + officer + "&domain=market"));

        // evidence: read within scope; integrity runs are the platform's
        row(rows, "GET /api/v1/evidence", SIGNED_IN, c -> c.get("/api/v1/evidence"));
        // casework: officers open cases; each step is its role's (an approval the heads')
        row(rows, "POST /api/v1/cases", ". . . Y . . . . .", c -> c.post("/api/v1/cases", clue()));
        row(rows, "GET /api/v1/cases", CASE_READERS, c -> c.get("/api/v1/cases?state=CLUE"));
        row(rows, "GET /api/v1/cases/{id}", CASE_READERS, c -> c.get("/api/v1/cases/" + target(this::newClue)));
        row(rows, "POST /api/v1/cases/{id}/transitions/{name}", ". . . R Y . Y . .",
                c -> c.post("/api/v1/cases/" + target(this::newClue) + "/transitions/extend-verification",
                        Map.of("reasons", "需调取外地证据")));
        // the agency's case handlers register and change parties; their numbers whole only within their agency
        row(rows, "GET /api/v1/parties", CASE_READERS, c -> c.get("/api/v1/parties?q=表格"));
        row(rows, "POST /api/v1/parties", ". . . Y Y . Y . .", c -> c.post("/api/v1/parties", newParty()));
        row(rows, "GET /api/v1/parties/{id}", CASE_READERS, c -> c.get("/api/v1/parties/" + party));
        row(rows, "PUT /api/v1/parties/{id}", ". . . Y Y . Y . .", c -> c.put("/api/v1/parties/" + party,
                Map.of("kind", "ORGANISATION", "name", "表格公司", "creditCode", partyCode, "legalRepresentative",
                        "表格法人")));
        row(rows, "POST /api/v1/parties/{id}/numbers", ". . . Y Y . Y . .",
                c -> c.post("/api/v1/parties/" + party + "/numbers", Map.of()));
        // documents: the agency's case handlers make, sign, issue and serve them; the head withdraws; anyone verifies
        String handlers = ". . . Y Y . Y . .";
        row(rows, "GET /api/v1/cases/{caseId}/documents", CASE_READERS,
                c -> c.get("/api/v1/cases/" + target(this::newClue) + "/documents"));
        row(rows, "GET /api/v1/cases/{caseId}/document-templates", CASE_READERS,
                c -> c.get("/api/v1/cases/" + target(this::newClue) + "/document-templates"));
        row(rows, "POST /api/v1/cases/{caseId}/documents", handlers,
                c -> c.post("/api/v1/cases/" + target(this::newClue) + "/documents", Map.of("template",
                        "service-receipt")));
        row(rows, "GET /api/v1/documents/{id}", CASE_READERS,
                c -> c.get("/api/v1/documents/" + target(this::newDraft)));
        row(rows, "PUT /api/v1/documents/{id}/fields", handlers,
                c -> c.put("/api/v1/documents/" + target(this::newDraft) + "/fields", Map.of("fields",
                        RECEIPT_FIELDS)));
        row(rows, "POST /api/v1/documents/{id}/signatures", handlers,
                c -> c.post("/api/v1/documents/" + target(this::newDraft) + "/signatures", signature("OFFICERS",
                        "表格甲")));
        row(rows, "GET /api/v1/documents/{id}/preview", CASE_READERS,
                c -> c.get("/api/v1/documents/" + target(this::newDraft) + "/preview"));
        row(rows, "POST /api/v1/documents/{id}/issue", handlers,
                c -> c.post("/api/v1/documents/" + target(this::readyDraft) + "/issue", Map.of()));
        row(rows, "GET /api/v1/documents/{id}/pdf", CASE_READERS,
                c -> c.get("/api/v1/documents/" + target(this::issuedDocument) + "/pdf"));
        row(rows, "POST /api/v1/documents/{id}/corrections", handlers,
                c -> c.post("/api/v1/documents/" + target(this::issuedDocument) + "/corrections", Map.of("reason",
                        "笔误")));
        row(rows, "POST /api/v1/documents/{id}/withdrawal", ". . . . . . Y . .",
                c -> c.post("/api/v1/documents/" + target(this::issuedDocument) + "/withdrawal", Map.of("reason",
                        "决定撤销")));
        row(rows, "POST /api/v1/documents/{id}/services", handlers,
                c -> c.post("/api/v1/documents/" + target(this::issuedDocument) + "/services", Map.of("method",
                        "LEFT", "handedOn", ChinaDay.today().toString(), "witness", "村委会表格")));
        row(rows, "GET /api/v1/public/documents/{id}", EVERYONE,
                c -> c.get("/api/v1/public/documents/" + target(this::issuedDocument)));
        row(rows, "GET /api/v1/document-settings", SIGNED_IN, c -> c.get("/api/v1/document-settings"));
        row(rows, "PUT /api/v1/document-settings", ". . Y . . . Y . .", c -> c.put("/api/v1/document-settings",
                Map.of("abbreviation", "表市监", "reviewBody", "表格市人民政府", "court", "表格区人民法院", "payment",
                        "至指定银行缴纳。")));
        // legal review: the handling unit submits and disputes, the reviewers assign and answer, the head extends
        row(rows, "GET /api/v1/cases/{caseId}/review", CASE_READERS,
                c -> c.get("/api/v1/cases/" + target(this::newClue) + "/review"));
        row(rows, "POST /api/v1/cases/{caseId}/reviews", ". . . Y Y R R . .",
                c -> c.post("/api/v1/cases/" + target(this::majorCase) + "/reviews", SUBMISSION));
        row(rows, "GET /api/v1/reviews", CASE_READERS, c -> c.get("/api/v1/reviews"));
        row(rows, "GET /api/v1/reviews/indicators", CASE_READERS, c -> c.get("/api/v1/reviews/indicators"));
        row(rows, "GET /api/v1/reviews/{id}", CASE_READERS,
                c -> c.get("/api/v1/reviews/" + target(this::pendingReview)));
        row(rows, "POST /api/v1/reviews/{id}/assignment", ". . . R R Y Y . .",
                c -> c.post("/api/v1/reviews/" + target(this::pendingReview) + "/assignment", Map.of("reviewer",
                        caseReviewer)));
        row(rows, "POST /api/v1/reviews/{id}/opinion", ". . . R R Y R . .",
                c -> c.post("/api/v1/reviews/" + target(() -> assignedReview(f.tag + "-legal-reviewer-" + f.city))
                        + "/opinion", opinion("AGREE")));
        row(rows, "POST /api/v1/reviews/{id}/dispute", ". . . Y Y R R . .",
                c -> c.post("/api/v1/reviews/" + target(this::returnedReview) + "/dispute", Map.of("reason", "表格异议")));
        row(rows, "POST /api/v1/reviews/{id}/recusal", ". . . R R Y R . .",
                c -> c.post("/api/v1/reviews/" + target(this::pendingReview) + "/recusal", Map.of("reason",
                        "表格回避")));
        row(rows, "POST /api/v1/reviews/{id}/extension", ". . . R R R Y . .",
                c -> c.post("/api/v1/reviews/" + target(this::pendingReview) + "/extension", Map.of("days", 3,
                        "reason", "表格")));
        row(rows, "GET /api/v1/evidence/export", SIGNED_IN, c -> c.get("/api/v1/evidence/export"));
        row(rows, "GET /api/v1/evidence/{id}", SIGNED_IN, c -> c.get("/api/v1/evidence/" + evidence));
        row(rows, "GET /api/v1/evidence/{id}/content", SIGNED_IN,
                c -> c.get("/api/v1/evidence/" + evidence + "/content"));
        row(rows, "OPTIONS /api/v1/evidence/uploads", SIGNED_IN,
                c -> c.send("OPTIONS", UPLOADS, Map.of("Tus-Resumable", "1.0.0"), null));
        // evidence is uploaded by those who capture it (whole-process recording is the officers')
        row(rows, "POST /api/v1/evidence/uploads", RECORDERS, c -> createUpload(c, pdf()));
        row(rows, "HEAD /api/v1/evidence/uploads/{id}", RECORDERS,
                c -> c.send("HEAD", uploadOf(c, pdf()), Map.of("Tus-Resumable", "1.0.0"), null));
        row(rows, "PATCH /api/v1/evidence/uploads/{id}", RECORDERS, c -> {
            byte[] content = pdf();
            return c.send("PATCH", uploadOf(c, content), Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0",
                    "Content-Type", "application/offset+octet-stream"), content);
        });
        row(rows, "GET /api/v1/evidence/integrity/alerts", OVERSIGHT,
                c -> c.get("/api/v1/evidence/integrity/alerts"));
        row(rows, "POST /api/v1/evidence/integrity/runs", PLATFORM,
                c -> c.post("/api/v1/evidence/integrity/runs", Map.of()));
        row(rows, "GET /api/v1/evidence/integrity/runs/latest", PLATFORM,
                c -> c.get("/api/v1/evidence/integrity/runs/latest"));
        row(rows, "GET /api/v1/evidence/integrity/runs/{id}", PLATFORM,
                c -> c.get("/api/v1/evidence/integrity/runs/" + integrityRun()));

        // the ledger: read by administrators and supervisors within scope; checkpoints and verification by the
        // platform
        row(rows, "GET /api/v1/ledger/entries", OVERSIGHT, c -> c.get("/api/v1/ledger/entries"));
        row(rows, "GET /api/v1/ledger/entries/export", OVERSIGHT, c -> c.get("/api/v1/ledger/entries/export"));
        row(rows, "GET /api/v1/ledger/entries/{index}", OVERSIGHT,
                c -> c.get("/api/v1/ledger/entries/" + cityEntry()));
        row(rows, "POST /api/v1/ledger/checkpoints", PLATFORM, c -> c.post("/api/v1/ledger/checkpoints", Map.of()));
        row(rows, "POST /api/v1/ledger/verify", PLATFORM, c -> c.post("/api/v1/ledger/verify", Map.of()));

        // the calendar: the State Council's statutory holidays are one national table, imported by the platform
        row(rows, "GET /api/v1/calendar/imports", ADMINISTRATORS, c -> c.get("/api/v1/calendar/imports"));
        row(rows, "POST /api/v1/calendar/years", PLATFORM, c -> c.post("/api/v1/calendar/years",
                JSON.readTree(getClass().getResourceAsStream("/calendar/holidays-cn/2026.json"))));

        // accounts: users by administrators within scope, tokens by their owners
        row(rows, "GET /api/v1/users", ADMINISTRATORS, c -> c.get("/api/v1/users"));
        row(rows, "GET /api/v1/users/export", ADMINISTRATORS, c -> c.get("/api/v1/users/export"));
        row(rows, "POST /api/v1/users", ADMINISTRATORS, c -> c.post("/api/v1/users", Map.of("username",
                f.tag + "-new-" + next(), "password", "a-long-password", "agencyId", f.city, "roles",
                List.of("OFFICER"))));
        row(rows, "GET /api/v1/users/{id}", ADMINISTRATORS, c -> c.get("/api/v1/users/" + userId(systemAccount)));
        row(rows, "PUT /api/v1/users/{id}", ADMINISTRATORS, c -> c.put("/api/v1/users/" + userId(systemAccount),
                Map.of("displayName", "审批系统" + next(), "roles", List.of("OFFICER"), "enabled", true)));
        row(rows, "PUT /api/v1/users/{id}/password", ADMINISTRATORS,
                c -> c.put("/api/v1/users/" + userId(newPerson()) + "/password", Map.of("password", "second-password-2")));
        row(rows, "POST /api/v1/users/{id}/unlock", ADMINISTRATORS,
                c -> c.post("/api/v1/users/" + userId(systemAccount) + "/unlock", Map.of()));
        row(rows, "POST /api/v1/users/{userId}/tokens", ADMINISTRATORS,
                c -> c.post("/api/v1/users/" + userId(systemAccount) + "/tokens", Map.of("name", "审批" + next())));
        row(rows, "GET /api/v1/users/{userId}/tokens", ADMINISTRATORS,
                c -> c.get("/api/v1/users/" + userId(systemAccount) + "/tokens"));
        row(rows, "DELETE /api/v1/users/{userId}/tokens/{id}", ADMINISTRATORS,
                c -> c.delete("/api/v1/users/" + userId(systemAccount) + "/tokens/" + f.admin.post("/api/v1/users/"
                        + userId(systemAccount) + "/tokens", Map.of("name", "待撤销" + next())).json().get("id")));
        row(rows, "POST /api/v1/account/tokens", SIGNED_IN,
                c -> c.post("/api/v1/account/tokens", Map.of("name", "脚本" + next())));
        row(rows, "GET /api/v1/account/tokens", SIGNED_IN, c -> c.get("/api/v1/account/tokens"));
        row(rows, "DELETE /api/v1/account/tokens/{id}", SIGNED_IN, c -> c.delete("/api/v1/account/tokens/"
                + c.post("/api/v1/account/tokens", Map.of("name", "一次性" + next())).json().path("id").asLong(0)));
        row(rows, "PUT /api/v1/account/password", SIGNED_IN, c -> c.put("/api/v1/account/password",
                Map.of("currentPassword", RegistryFixture.PASSWORD, "newPassword", RegistryFixture.PASSWORD)));
        row(rows, "GET /api/v1/platform/event-publications", PLATFORM,
                c -> c.get("/api/v1/platform/event-publications"));
        row(rows, "POST /api/v1/platform/event-publications/{id}/resubmit", PLATFORM,
                c -> c.post("/api/v1/platform/event-publications/" + java.util.UUID.randomUUID() + "/resubmit",
                        Map.of()));
        return rows;
    }

    record Row(String endpoint, String callers, Function<ApiClient, ApiClient.Response> request) {

        boolean allows(int caller) {
            return callers.split(" ")[caller].equals("Y");
        }

        /** R: the role may call the endpoint, but this step is another role's (the step's rule refuses it). */
        boolean leavesItToTheStep(int caller) {
            return callers.split(" ")[caller].equals("R");
        }

        boolean refuses(int caller) {
            return callers.split(" ")[caller].equals(".");
        }
    }

    private static void row(Map<String, Row> rows, String endpoint, String callers,
            Function<ApiClient, ApiClient.Response> request) {
        assertThat(callers.split(" ")).as(endpoint).hasSize(CALLERS.size());
        rows.put(endpoint, new Row(endpoint, callers, request));
    }

    @Test
    void theTableListsEveryApiEndpointTheApplicationMaps() {
        f = new RegistryFixture(port);
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") && !pattern.equals("/api/**")) {
                    (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                            .forEach(m -> mapped.add(m + " " + pattern));
                }
            }
        });
        assertThat(table().keySet()).as("the table's endpoints").containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void everyCallerIsAllowedExactlyWhereTheTableSaysWithValidRequests() {
        f = new RegistryFixture(port);
        officer = f.officer(f.city, "表格人员", List.of("market"));
        credential = newCredential();
        staff = RegistryFixture.created(f.admin.post("/api/v1/registry/agencies/" + f.city + "/legal-staff",
                Map.of("name", "审核丁", "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书")));
        systemAccount = f.tag + "-system";
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", systemAccount, "agencyId", f.city,
                "roles", List.of("OFFICER"), "systemAccount", true)));
        evidence = uploadEvidence();
        String reviewerName = f.tag + "-catalog-reviewer";
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", reviewerName, "password",
                RegistryFixture.PASSWORD, "agencyId", f.city, "roles", List.of("LEGAL_REVIEWER"))));
        reviewer = f.as(reviewerName);
        publishedItem = published();
        String caseOfficerName = f.tag + "-case-officer";
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", caseOfficerName, "password",
                RegistryFixture.PASSWORD, "agencyId", f.city, "roles", List.of("OFFICER"))));
        caseOfficer = f.as(caseOfficerName);
        Map<String, Object> ours = newParty();
        partyCode = (String) ours.get("creditCode");
        party = RegistryFixture.created(caseOfficer.post("/api/v1/parties", ours));
        majorDecisions();
        List<ApiClient> callers = callers();
        SoftAssertions soft = new SoftAssertions();
        for (Row row : table().values()) {
            for (int i = 0; i < callers.size(); i++) {
                calling = row.endpoint().startsWith("GET ") || row.refuses(i) ? row.endpoint() : null;
                ApiClient.Response response = row.request().apply(callers.get(i));
                String what = row.endpoint() + " by " + CALLERS.get(i) + ": " + response;
                if (row.allows(i)) {
                    soft.assertThat(response.status()).as(what).isBetween(200, 299);
                } else if (row.leavesItToTheStep(i)) {
                    soft.assertThat(response.status()).as(what).isEqualTo(409);
                    soft.assertThat(response.json().get("refusals").toString()).as(what)
                            .containsPattern("\"rule\":\"[a-z-]*-by-its-role\"");
                } else {
                    soft.assertThat(response.status()).as(what).isEqualTo(i == 0 ? 401 : 403);
                }
            }
        }
        soft.assertAll();
    }

    /** Each caller with an API token of its own (a password is hashed on every call; a token is not). */
    private List<ApiClient> callers() {
        List<ApiClient> callers = new ArrayList<>();
        callers.add(ApiClient.anonymous(port));
        // a second platform administrator, whose password the table's password change knows
        String platformAdmin = f.tag + "-platform";
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", platformAdmin, "password",
                RegistryFixture.PASSWORD, "roles", List.of("ADMIN"))));
        callers.add(token(f.as(platformAdmin)));
        for (String role : CALLERS.subList(2, CALLERS.size())) {
            callers.add(token(f.as(f.user(role, "SUPERVISOR".equals(role) ? f.justice : f.city))));
        }
        return callers;
    }

    private ApiClient token(ApiClient signedIn) {
        ApiClient.Response created = signedIn.post("/api/v1/account/tokens", Map.of("name", "表格"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ApiClient.anonymous(port).bearer(created.json().get("token").asString());
    }

    private Map<String, Object> clue() {
        return Map.of("procedure", "general-penalty", "partyId", party, "domain", "market", "record", Map.of(
                "source", "OTHER", "clueReceivedOn", ChinaDay.today().toString(), "summary", "表格线索"));
    }

    private Map<String, Object> newParty() {
        return Map.of("kind", "ORGANISATION", "name", "表格公司", "creditCode", RegistryFixture.uscc(),
                "legalRepresentative", "表格法人");
    }

    /** The row whose record the current call may share (a read, or a caller the table refuses); null: a fresh one. */
    private String calling;
    private final Map<String, Long> shared = new HashMap<>();

    /**
     * The record the current call is made on: a fresh one where the caller may change it, otherwise the one its row's
     * readers and refused callers share (a read or a refused call leaves it as it was).
     */
    private long target(LongSupplier make) {
        return calling == null ? make.getAsLong() : shared.computeIfAbsent(calling, row -> make.getAsLong());
    }

    private static final Map<String, Object> SUBMISSION = Map.of("statement", "表格案件，拟罚款八万元", "pledged", true);
    private CaseFixture cases;
    private long[] caseOfficers;
    private ApiClient handler;
    private ApiClient caseUnitHead;
    private String violation;
    private String caseReviewer;

    /** The city's 重大执法决定 list (fines from 50,000 yuan to an organisation) and staff to drive its cases. */
    private void majorDecisions() {
        cases = new CaseFixture(f, ChinaDay.today());
        long a = cases.qualifiedOfficer("表格甲", ChinaDay.today().plusYears(1));
        long b = cases.qualifiedOfficer("表格乙", ChinaDay.today().plusYears(1));
        caseOfficers = new long[] {a, b};
        handler = f.as(cases.linked(a, "OFFICER"));
        caseUnitHead = f.as(cases.account("UNIT_HEAD"));
        caseReviewer = cases.account("LEGAL_REVIEWER");
        violation = cases.publishedViolation();
        cases.publish("major-decisions", "{\"code\":\"ZD-" + f.tag + "\",\"name\":\"较大数额罚款\",\"legalBasis\":["
                + "{\"law\":\"中华人民共和国行政处罚法\",\"article\":\"第五十八条\",\"text\":\"……\"}],"
                + "\"penalties\":[\"罚款\"],\"minAmountOrganisation\":\"50000\"}");
    }

    /** A case at 告知 heading for a fine of 80,000 yuan to an organisation: a major decision. */
    private long majorCase() {
        return cases.notifiedFine(handler, caseOfficers, caseUnitHead, violation, "80000");
    }

    private long pendingReview() {
        return RegistryFixture.created(handler.post("/api/v1/cases/" + majorCase() + "/reviews", SUBMISSION));
    }

    private long assignedReview(String reviewer) {
        long id = pendingReview();
        assertThat(f.as(caseReviewer).post("/api/v1/reviews/" + id + "/assignment", Map.of("reviewer", reviewer))
                .status()).isEqualTo(200);
        return id;
    }

    private long returnedReview() {
        long id = assignedReview(caseReviewer);
        assertThat(f.as(caseReviewer).post("/api/v1/reviews/" + id + "/opinion", opinion("PROBLEMS")).status())
                .isEqualTo(200);
        return id;
    }

    private static Map<String, Object> opinion(String opinion) {
        Map<String, Object> checklist = new LinkedHashMap<>();
        for (String item : Checklist.ITEMS.keySet()) {
            checklist.put(item, Map.of("holds", true));
        }
        return Map.of("opinion", opinion, "text", "表格意见", "checklist", checklist);
    }

    private long newClue() {
        return RegistryFixture.created(caseOfficer.post("/api/v1/cases", clue()));
    }

    private static final Map<String, String> RECEIPT_FIELDS = Map.of("documents", "表格文书", "receiver", "表格法人",
            "address", "表格市表格路 1 号", "method", "直接送达");

    /** A signature drawn on the screen: a stroke across a 200×60 PNG. */
    private static Map<String, Object> signature(String role, String name) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 60,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(10, 30, 190, 35);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.of("role", role, "name", name, "image", java.util.Base64.getEncoder().encodeToString(
                png.toByteArray()));
    }

    /** A 送达回证 drafted in a new clue of the case officer's. */
    private long newDraft() {
        return caseOfficer.post("/api/v1/cases/" + newClue() + "/documents", Map.of("template", "service-receipt"))
                .json().get("document").get("id").asLong();
    }

    /** A draft with every field and signature its issue needs. */
    private long readyDraft() {
        long id = newDraft();
        assertThat(caseOfficer.put("/api/v1/documents/" + id + "/fields", Map.of("fields", RECEIPT_FIELDS))
                .status()).isEqualTo(200);
        for (Map<String, Object> s : List.of(signature("PARTY", "表格法人"), signature("OFFICERS", "表格甲"),
                signature("OFFICERS", "表格乙"))) {
            assertThat(caseOfficer.post("/api/v1/documents/" + id + "/signatures", s).status()).isEqualTo(201);
        }
        return id;
    }

    private long issuedDocument() {
        long id = readyDraft();
        ApiClient.Response issued = caseOfficer.post("/api/v1/documents/" + id + "/issue", Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        return id;
    }

    private int next() {
        return sequence.incrementAndGet();
    }

    private long newCredential() {
        return f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusDays(1),
                ChinaDay.today().plusYears(1), List.of("market"));
    }

    private String number(long credentialId) {
        return f.admin.get("/api/v1/registry/officers/" + officer).json().findValues("credentials").get(0)
                .valueStream().filter(c -> c.get("id").asLong() == credentialId).findFirst().orElseThrow()
                .get("number").asString();
    }

    private ApiClient.Response edit(ApiClient caller, String path, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode current = (ObjectNode) f.admin.get(path).json();
        change.accept(current);
        return caller.put(path, current);
    }

    private long version(String list, long id) {
        return f.admin.get(list).json().findParents("id").stream().filter(n -> n.get("id").asLong() == id)
                .findFirst().orElseThrow().get("version").asLong();
    }

    private long treeSize() {
        return Long.parseLong(f.admin.get("/api/v1/public/ledger/checkpoint").text().lines().skip(1).findFirst()
                .orElseThrow());
    }

    private long cityEntry() {
        return f.admin.get("/api/v1/ledger/entries?subjectType=agency&subjectId=" + f.city + "&size=1").json()
                .get(0).get("index").asLong();
    }

    /** A run to read: a new one, or the one still running (409: the row before may have just started it). */
    private long integrityRun() {
        ApiClient.Response started = f.admin.post("/api/v1/evidence/integrity/runs", Map.of());
        assertThat(started.status()).as(started.toString()).isIn(202, 409);
        return (started.status() == 202 ? started : f.admin.get("/api/v1/evidence/integrity/runs/latest")).json()
                .get("id").asLong();
    }

    private long userId(String username) {
        return f.admin.get("/api/v1/users?q=" + username).json().get("items").valueStream()
                .filter(u -> u.get("username").asString().equals(username)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private Map<String, Object> power() {
        return power(f.tag + "-CF-" + next());
    }

    private static Map<String, Object> power(String code) {
        return Map.of("code", code, "name", "对无照经营的处罚", "category", "处罚", "legalBasis",
                List.of(Map.of("law", "无证无照经营查处办法", "article", "第十三条", "text", "从事无照经营的，由工商行政管理部门依照相关法律、行政法规的规定予以处罚。")));
    }

    private long draft() {
        return draft(f.tag + "-CF-" + next());
    }

    private long draft(String code) {
        return RegistryFixture.created(f.admin.post("/api/v1/catalog/agencies/" + f.city + "/powers", power(code)));
    }

    /** A list item that passed the city's legality review and is in force from today. */
    private long published() {
        long id = draft();
        String version = "/api/v1/catalog/versions/" + id;
        assertThat(f.admin.post(version + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(reviewer.post(version + "/pass", Map.of("reason", "同意")).status()).isEqualTo(200);
        assertThat(f.admin.post(version + "/publish", Map.of("effectiveFrom", ChinaDay.today().toString())).status())
                .isEqualTo(200);
        return id;
    }

    private String newPerson() {
        String username = f.tag + "-person-" + next();
        RegistryFixture.created(f.admin.post("/api/v1/users", Map.of("username", username, "password",
                "a-long-password", "agencyId", f.city, "roles", List.of("OFFICER"))));
        return username;
    }

    /** A tus upload of a small PDF created by the caller, or the caller's refusal. */
    private ApiClient.Response createUpload(ApiClient caller, byte[] content) {
        String metadata = Map.of("kind", "document", "officer", "表格人员", "capturedAt", "2026-11-20T10:00",
                "filename", "询问笔录.pdf", "caseRef", "表格" + next()).entrySet().stream()
                .map(e -> e.getKey() + " " + java.util.Base64.getEncoder().encodeToString(
                        e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(java.util.stream.Collectors.joining(","));
        return caller.send("POST", UPLOADS, Map.of("Tus-Resumable", "1.0.0", "Upload-Length",
                String.valueOf(content.length), "Upload-Metadata", metadata), null);
    }

    /** The path of an upload the caller created, or of none when the caller may not create one. */
    private String uploadOf(ApiClient caller, byte[] content) {
        ApiClient.Response created = createUpload(caller, content);
        return created.headers().firstValue("Location").map(l -> URI.create(l).getPath())
                .orElse(UPLOADS + "/none");
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n" + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
    }

    private long uploadEvidence() {
        TusClient uploader = new TusClient(port, TusClient.user(users, f.tag + "-recorder", f.city, Role.OFFICER));
        Map<String, String> metadata = new HashMap<>(Map.of("kind", "document", "officer", "表格人员",
                "capturedAt", "2026-11-20T10:00", "filename", "询问笔录.pdf", "caseRef", "表格" + next()));
        byte[] content = pdf();
        HttpResponse<byte[]> done = uploader.resume(uploader.start(content.length, metadata), content,
                content.length);
        assertThat(done.statusCode()).isEqualTo(204);
        return f.admin.get("/api/v1/evidence?q=" + metadata.get("caseRef")).json().get("items").get(0).get("id")
                .asLong();
    }
}
