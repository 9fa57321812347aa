package org.sanxiang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@DatabaseBehaviour
class RegistryApiIT {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "所在机构", "职务", "执法领域", "执法区域", "执法证号",
            "发证机关", "发证日期", "有效期至");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RegistryFixture f;
    ApiClient publicApi;

    @BeforeEach
    void setUp() {
        f = new RegistryFixture(port);
        publicApi = ApiClient.anonymous(port);
    }

    @Test
    void aRegisteredOfficersCredentialIsPublicButTheIdNumberNeverIs() {
        String idNumber = RegistryFixture.idNumber();
        long officer = RegistryFixture.created(f.admin.post("/api/v1/registry/agencies/" + f.city + "/officers",
                Map.of("name", "李公示", "idNumber", idNumber, "unitId", f.cityUnit, "domains", List.of("market"),
                        "areas", "蒸湘区")));
        String number = RegistryFixture.uniqueNumber();
        f.credential(officer, number, ChinaDay.today().minusYears(1), ChinaDay.today().plusYears(4), List.of("market"));

        ApiClient.Response card = publicApi.get("/api/v1/public/credentials/" + number);
        assertThat(card.status()).isEqualTo(200);
        JsonNode json = card.json();
        assertThat(json.get("name").asString()).isEqualTo("李公示");
        assertThat(json.get("agency").asString()).isEqualTo(f.tag + "市场监督管理局");
        assertThat(json.get("unit").asString()).isEqualTo("执法支队");
        assertThat(json.get("status").asString()).isEqualTo("VALID");
        assertThat(json.get("validTo").asString()).isEqualTo(ChinaDay.today().plusYears(4).toString());
        assertThat(card.text()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));

        String officers = publicApi.get("/api/v1/public/agencies/" + f.city + "/officers").text();
        assertThat(officers).contains("李公示").contains(number).doesNotContain(idNumber);
        assertThat(f.admin.get("/api/v1/registry/officers/" + officer).text())
                .contains(ResidentIdNumber.mask(idNumber)).doesNotContain(idNumber);
        assertThat(publicApi.get("/portal/credentials/" + number).text()).contains("李公示").contains("有效")
                .doesNotContain(idNumber);
    }

    @Test
    void anUnknownCredentialNumberIsNotFoundWithAChineseMessage() {
        ApiClient.Response r = publicApi.get("/api/v1/public/credentials/NO-SUCH-NUMBER");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("messages").get("zh").asString()).contains("查无此执法证号");
    }

    @Test
    void suspendedAndExpiredCredentialsAreShownAsSuchAndDoNotPermitEnforcement() {
        long officer = f.officer(f.city, "王暂扣", List.of("market"));
        String number = RegistryFixture.uniqueNumber();
        long credential = f.credential(officer, number, ChinaDay.today().minusYears(1), ChinaDay.today().plusYears(1),
                List.of("market"));
        assertThat(mayAct(officer, "market")).isTrue();
        assertThat(mayAct(officer, "food-drug")).as("a domain the credential does not cover").isFalse();

        ApiClient.Response suspended = f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "SUSPENDED", "reason", "违规使用执法证"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get(0).get("to").asString()).isEqualTo("SUSPENDED");
        assertThat(publicApi.get("/api/v1/public/credentials/" + number).json().get("status").asString())
                .isEqualTo("SUSPENDED");
        assertThat(mayAct(officer, "market")).isFalse();

        long expiredOfficer = f.officer(f.city, "赵过期", List.of("market"));
        String expired = RegistryFixture.uniqueNumber();
        f.credential(expiredOfficer, expired, ChinaDay.today().minusYears(6), ChinaDay.today().minusDays(1),
                List.of("market"));
        assertThat(publicApi.get("/api/v1/public/credentials/" + expired).json().get("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(publicApi.get("/portal/credentials/" + expired).text()).contains("过期");
        assertThat(mayAct(expiredOfficer, "market")).isFalse();
    }

    @Test
    void whetherAnOfficerMayActIsJudgedByTheCredentialsStatusOnTheAskedDate() {
        long officer = f.officer(f.city, "孙往日", List.of("market"));
        LocalDate issued = ChinaDay.today().minusYears(3);
        long credential = f.credential(officer, RegistryFixture.uniqueNumber(), issued, ChinaDay.today().plusYears(2),
                List.of("market"));
        f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "SUSPENDED", "reason", "违规使用执法证"));

        assertThat(mayAct(officer, "market")).isFalse();
        assertThat(mayAct(officer, "market", ChinaDay.today().minusYears(1)))
                .as("suspended today, valid last year").isTrue();
        assertThat(mayAct(officer, "market", issued.minusDays(1))).as("before the issue date").isFalse();

        // suspended in March and reinstated in May of two years ago: the history as if recorded then
        f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "VALID", "reason", "暂扣期满"));
        int year = ChinaDay.today().getYear() - 2;
        recordedOn(credential, "SUSPENDED", LocalDate.of(year, 3, 15));
        recordedOn(credential, "VALID", LocalDate.of(year, 5, 20));
        assertThat(mayAct(officer, "market", LocalDate.of(year, 3, 1))).isTrue();
        assertThat(mayAct(officer, "market", LocalDate.of(year, 4, 15))).isFalse();
        assertThat(mayAct(officer, "market", LocalDate.of(year, 6, 1))).isTrue();
        assertThat(mayAct(officer, "market")).isTrue();
    }

    @Test
    void anOfficerWhoMayNotActIsToldEveryRuleThatStandsInHerWay() {
        long officer = f.officer(f.city, "吴区域", List.of("market"));
        String number = RegistryFixture.uniqueNumber();
        RegistryFixture.created(f.admin.post("/api/v1/registry/officers/" + officer + "/credentials", Map.of(
                "number", number, "issuer", "湖南省人民政府",
                "issuedOn", ChinaDay.today().minusYears(5).toString(),
                "validUntil", ChinaDay.today().minusDays(1).toString(), "domains", List.of("market"),
                "areas", "蒸湘区")));
        String ask = "/api/v1/registry/authority?officerId=" + officer + "&domain=food-drug&area=";

        JsonNode refused = f.admin.get(ask + "衡阳县西渡镇").json();
        assertThat(refused.get("allowed").asBoolean()).isFalse();
        assertThat(refused.get("refusals").findValuesAsString("rule")).containsExactly("credential-covers-area",
                "credential-covers-domain", "credential-not-expired");
        assertThat(refused.get("refusals").get(1).get("messages").get("zh").asString())
                .startsWith("执法证 " + number + " 未载明“食品药品”执法领域");
        assertThat(refused.get("reasonZh").asString()).contains("（依据：行政处罚法 第四十二条");

        long newcomer = f.officer(f.city, "郑新人", List.of("market"));
        assertThat(f.admin.get("/api/v1/registry/authority?officerId=" + newcomer + "&domain=market").json()
                .get("refusals").findValuesAsString("rule")).containsExactly("officer-holds-credential");
    }

    @Test
    void aRevokedCredentialCannotBeReinstated() {
        long officer = f.officer(f.city, "钱吊销", List.of("market"));
        long credential = f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusYears(1),
                ChinaDay.today().plusYears(1), List.of("market"));
        f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "REVOKED", "reason", "涂改执法证件"));
        ApiClient.Response r = f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "VALID", "reason", "恢复"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:sanxiang:rule:credential-final-status");
        assertThat(r.json().get("legalBasis").asString()).contains("行政执法证件管理办法");
        assertThat(r.json().get("messages").get("zh").asString()).startsWith("已吊销或注销的执法证不能再变更状态")
                .endsWith("；规则 credential-final-status）");
    }

    /** 过期 follows from the validity printed on the card (司办通〔2020〕78号); nobody sets it by hand. */
    @Test
    void expiryIsByDateAndCannotBeSetByHand() {
        long officer = f.officer(f.city, "孙到期", List.of("market"));
        long credential = f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today().minusYears(1),
                ChinaDay.today().plusYears(1), List.of("market"));
        ApiClient.Response expired = f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "EXPIRED", "reason", "到期"));
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().get("type").asString()).isEqualTo("urn:sanxiang:rule:credential-expiry-is-by-date");
        assertThat(expired.json().get("legalBasis").asString()).contains("司办通〔2020〕78号");

        ApiClient.Response unchanged = f.admin.post("/api/v1/registry/credentials/" + credential + "/status",
                Map.of("status", "VALID", "reason", "无变化"));
        assertThat(unchanged.status()).isEqualTo(400);
        assertThat(unchanged.json().get("messages").get("zh").asString()).isEqualTo("执法证已是该状态");
    }

    @Test
    void anAgencyWithAWrongCreditCodeCheckCharacterIsRefused() {
        String valid = RegistryFixture.uscc();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        ApiClient.Response r = f.admin.post("/api/v1/registry/agencies", Map.of("name", "错误代码局", "uscc", wrong,
                "level", "CITY", "domain", "market", "kind", "STATUTORY", "parentId", f.city));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("messages").get("zh").asString()).contains("统一社会信用代码无效");
    }

    @Test
    void missingFieldsAreReportedFieldByField() {
        ApiClient.Response r = f.admin.post("/api/v1/registry/agencies/" + f.city + "/officers", Map.of("name", ""));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).contains("idNumber").contains("domains").contains("\"zh\"");
    }

    @Test
    void twoAdministratorsEditingTheSameAgencyTheSecondIsToldInsteadOfOverwriting() {
        JsonNode agency = f.admin.get("/api/v1/registry/agencies/" + f.county).json();
        Map<String, Object> edit = Map.of("name", agency.get("name").asString(), "uscc", agency.get("uscc").asString(),
                "level", "COUNTY", "domain", "market", "kind", "STATUTORY", "parentId", f.city,
                "version", agency.get("version").asLong(), "complaintPhone", "0734-1");
        assertThat(f.admin.put("/api/v1/registry/agencies/" + f.county, edit).status()).isEqualTo(200);
        ApiClient.Response stale = f.admin.put("/api/v1/registry/agencies/" + f.county, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("messages").get("zh").asString()).contains("已被他人修改");
    }

    @Test
    void theReviewerRatioIsFlaggedBelowFivePercent() {
        long agency = f.agency("比例局", f.city, "market");
        for (int i = 0; i < 21; i++) {
            f.officer(agency, "执法" + i, List.of("market"));
        }
        f.admin.post("/api/v1/registry/agencies/" + agency + "/legal-staff", Map.of("name", "审核甲",
                "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书"));
        JsonNode low = f.admin.get("/api/v1/registry/agencies/" + agency + "/indicator").json();
        assertThat(low.get("officers").asLong()).isEqualTo(21);
        assertThat(low.get("reviewers").asLong()).isEqualTo(1);
        assertThat(low.get("belowMinimum").asBoolean()).as("1/21 = 4.8 %").isTrue();

        f.admin.post("/api/v1/registry/agencies/" + agency + "/legal-staff", Map.of("name", "审核乙",
                "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书"));
        assertThat(f.admin.get("/api/v1/registry/agencies/" + agency + "/indicator").json().get("belowMinimum")
                .asBoolean()).as("2/21 = 9.5 %").isFalse();
    }

    @Test
    void aUnitIsRenamedInAnInstitutionalReformButNeverToTheNameOfAnother() {
        long agency = f.agency("改革局", f.city, "market");
        String units = "/api/v1/registry/agencies/" + agency + "/units";
        long brigade = f.admin.post(units, Map.of("name", "执法大队", "kind", "ENFORCEMENT")).json().get("id").asLong();
        f.admin.post(units, Map.of("name", "法规科", "kind", "LEGAL_REVIEW"));

        ApiClient.Response renamed = f.admin.put("/api/v1/registry/units/" + brigade,
                Map.of("name", "综合行政执法支队", "kind", "ENFORCEMENT", "version", 0));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(f.admin.get(units).text()).contains("综合行政执法支队").doesNotContain("执法大队\"");

        ApiClient.Response clash = f.admin.put("/api/v1/registry/units/" + brigade,
                Map.of("name", "法规科", "kind", "ENFORCEMENT"));
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("messages").get("zh").asString()).contains("该机构已存在");
        assertThat(f.admin.put("/api/v1/registry/units/" + brigade,
                Map.of("name", "执法大队", "kind", "ENFORCEMENT", "version", 0)).status()).as("stale").isEqualTo(409);
        ApiClient otherBranch = f.as(f.user("ADMIN", f.commerce));
        assertThat(otherBranch.put("/api/v1/registry/units/" + brigade, Map.of("name", "商务", "kind", "OTHER"))
                .status()).isEqualTo(404);
    }

    @Test
    void aReviewerWhoLeavesHerPostNoLongerCountsTowardsTheRatio() {
        long agency = f.agency("离岗局", f.city, "market");
        for (int i = 0; i < 19; i++) {
            f.officer(agency, "执法" + i, List.of("market"));
        }
        long reviewer = f.admin.post("/api/v1/registry/agencies/" + agency + "/legal-staff", Map.of("name", "审核丙",
                "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书")).json().get("id").asLong();
        String indicator = "/api/v1/registry/agencies/" + agency + "/indicator";
        assertThat(f.admin.get(indicator).json().get("belowMinimum").asBoolean()).as("1/19 = 5.3 %").isFalse();
        JsonNode listed = f.admin.get("/api/v1/registry/agencies/" + agency + "/legal-staff").json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(reviewer);
        assertThat(listed.get("active").asBoolean()).isTrue();

        Map<String, Object> left = new java.util.HashMap<>(Map.of("name", "审核丙", "kind", "LEGAL_REVIEWER",
                "qualification", "法律职业资格证书", "qualificationNo", "A20190001", "active", false,
                "version", listed.get("version").asLong()));
        ApiClient.Response changed = f.admin.put("/api/v1/registry/legal-staff/" + reviewer, left);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("qualificationNo").asString()).isEqualTo("A20190001");

        JsonNode after = f.admin.get(indicator).json();
        assertThat(after.get("reviewers").asLong()).isZero();
        assertThat(after.get("belowMinimum").asBoolean()).isTrue();
        assertThat(f.admin.put("/api/v1/registry/legal-staff/" + reviewer, left).status()).as("stale version")
                .isEqualTo(409);
        ApiClient.Response phoneOnly = f.admin.put("/api/v1/registry/legal-staff/" + reviewer, Map.of("name", "审核丙",
                "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格证书", "phone", "0734-8888888"));
        assertThat(phoneOnly.json().get("active").asBoolean()).as("a correction leaves the status alone").isFalse();
        ApiClient otherBranch = f.as(f.user("ADMIN", f.commerce));
        left.remove("version");
        assertThat(otherBranch.put("/api/v1/registry/legal-staff/" + reviewer, left).status()).isEqualTo(404);
        assertThat(f.admin.get("/api/v1/ledger/entries?module=registry&subjectType=agency&subjectId=" + agency)
                .text()).contains("legal-staff.updated");
    }

    @Test
    void anImportWithThousandsOfProblemsListsTheFirstTwoHundredAndCountsThemAll() throws Exception {
        List<String> empty = List.of("甲", "1", "", "", "", "", "", "", "", "");
        byte[] csv = csv(java.util.Collections.nCopies(500, empty));
        ApiClient.Response r = f.admin.upload("/api/v1/registry/agencies/" + f.city + "/officers/import",
                "officers.csv", csv);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").size()).isEqualTo(200);
        assertThat(r.json().get("errorCount").asInt()).isEqualTo(500 * 6);
    }

    @Test
    void anImportWithBadRowsImportsNothingAndNamesEveryBadRow() throws Exception {
        String good = RegistryFixture.idNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String number = RegistryFixture.uniqueNumber();
        byte[] csv = csv(List.of(
                List.of("甲", good, "执法支队", "科员", "市场监管", "蒸湘区", number, "湖南省人民政府", "2024-01-01", "2029-01-01"),
                List.of("乙", badCheck, "", "", "市场监管", "", number + "b", "湖南省人民政府", "2024-01-01", "2029-01-01"),
                List.of("丙", RegistryFixture.idNumber(), "不存在的科室", "", "天文", "", number, "", "2024-13-01",
                        "2023-01-01")));
        ApiClient.Response r = f.admin.upload("/api/v1/registry/agencies/" + f.city + "/officers/import",
                "officers.csv", csv);
        assertThat(r.status()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.findValuesAsString("row")).containsOnly("3", "4");
        assertThat(r.text()).contains("身份证号码无效").contains("所在机构不存在").contains("未知的执法领域")
                .contains("执法证号在文件中重复").contains("发证机关不能为空").contains("发证日期无效");
        assertThat(publicApi.get("/api/v1/public/credentials/" + number).status())
                .as("the good first row was not imported either").isEqualTo(404);
    }

    @Test
    void aValidExcelFileImportsEveryOfficerWithTheirCredential() throws Exception {
        String a = RegistryFixture.uniqueNumber();
        String b = RegistryFixture.uniqueNumber();
        byte[] xlsx = xlsx(List.of(
                List.of("导入甲", RegistryFixture.idNumber(), "执法支队", "科员", "市场监管、食品药品", "蒸湘区", a, "湖南省人民政府",
                        "2024-01-01", "2029-01-01"),
                List.of("导入乙", RegistryFixture.idNumber(), "", "科长", "market", "", b, "湖南省人民政府", "2024/3/5",
                        "2029/3/4")));
        ApiClient.Response r = f.admin.upload("/api/v1/registry/agencies/" + f.city + "/officers/import",
                "officers.xlsx", xlsx);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().get("created").asInt()).isEqualTo(2);
        JsonNode first = publicApi.get("/api/v1/public/credentials/" + a).json();
        assertThat(first.get("name").asString()).isEqualTo("导入甲");
        assertThat(first.get("domains").toString()).contains("market").contains("food-drug");
        assertThat(publicApi.get("/api/v1/public/credentials/" + b).json().get("validTo").asString())
                .isEqualTo("2029-03-04");
    }

    @Test
    void anXlsxSavedByLibreOfficeWithDateCellsImportsWithItsDates() throws Exception {
        // src/test/resources/registry/import: the .fods converted by
        // soffice --headless --convert-to xlsx officers-libreoffice.fods (dates in the format yyyy年m月d日)
        byte[] xlsx = getClass().getResourceAsStream("/registry/import/officers-libreoffice.xlsx").readAllBytes();
        ApiClient.Response r = f.admin.upload("/api/v1/registry/agencies/" + f.city + "/officers/import",
                "officers-libreoffice.xlsx", xlsx);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode first = publicApi.get("/api/v1/public/credentials/LO-430400-0001").json();
        assertThat(first.get("validFrom").asString()).isEqualTo("2025-03-14");
        assertThat(first.get("validTo").asString()).isEqualTo("2030-03-13");
        assertThat(publicApi.get("/api/v1/public/credentials/LO-430400-0002").json().get("validFrom").asString())
                .isEqualTo("2024-12-31");
    }

    @Test
    void aRowWithItsIdChangesOnlyWhatAByHandEditMayAndNamesWhatItRefuses() throws Exception {
        long officer = f.officer(f.city, "更正", List.of("market"));
        String number = RegistryFixture.uniqueNumber();
        f.credential(officer, number, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1), List.of("market"));
        String masked = f.admin.get("/api/v1/registry/officers/" + officer).json().get("idNumberMasked").asString();
        String url = "/api/v1/registry/agencies/" + f.city + "/officers/import";
        List<String> header = List.of("编号", "姓名", "身份证号码", "执法领域", "执法证号", "发证机关", "发证日期", "有效期至",
                "证件状态");
        ApiClient.Response refused = f.admin.upload(url, "officers.csv", csv(header, List.of(
                List.of(Long.toString(officer), "更正", RegistryFixture.idNumber(), "市场监管", number, "湖南省人民政府",
                        "2024-01-01", "2029-01-01", ""),
                List.of(Long.toString(officer), "更正", masked, "市场监管", number, "湖南省人民政府", "2024-02-01",
                        "2029-01-01", "暂扣"),
                List.of("999999999", "他人", "", "市场监管", "", "", "", "", ""))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("身份证号码不能修改").contains("编号在文件中重复")
                .contains("发证机关和日期不能通过导入修改").contains("导入不能变更").contains("不是本执法主体的执法人员");

        String renewed = RegistryFixture.uniqueNumber();
        ApiClient.Response ok = f.admin.upload(url, "officers.csv", csv(header, List.of(List.of(
                Long.toString(officer), "更正后", masked, "市场监管", renewed, "湖南省人民政府", "2029/1/2", "2034年1月1日", ""))));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.json().get("updated").asInt()).isEqualTo(1);
        assertThat(ok.json().get("rows").get(0).get("changed").toString()).contains("NAME").contains("CREDENTIAL_NUMBER");
        assertThat(publicApi.get("/api/v1/public/credentials/" + renewed).json().get("name").asString())
                .isEqualTo("更正后");
        assertThat(f.admin.get("/api/v1/ledger/entries?module=registry&subjectType=officer&subjectId=" + officer)
                .text()).contains("officer.updated").contains("credential.issued");
    }

    @Test
    void everyRegistryChangeIsALedgerEntry() {
        long before = registryEntries();
        long officer = f.officer(f.city, "留痕", List.of("market"));
        f.credential(officer, RegistryFixture.uniqueNumber(), ChinaDay.today(), ChinaDay.today().plusYears(1),
                List.of("market"));
        assertThat(registryEntries() - before).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where module = 'registry' and "
                + "entry_type = 'officer.registered' and subject_id = ?", Long.class, Long.toString(officer)))
                .isEqualTo(1);
    }

    @Test
    void listsExportAsCsvWithChineseHeadersAndAsExcel() {
        f.officer(f.city, "导出人", List.of("market"));
        ApiClient.Response csv = f.admin.get("/api/v1/registry/officers/export?format=csv&agencyId=" + f.city);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("\uFEFF编号,执法主体,姓名,性别,身份证号码").contains("导出人");
        ApiClient.Response xlsx = f.admin.get("/api/v1/registry/agencies/export?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(f.admin.get("/api/v1/registry/agencies/export?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void unitsAndLegalStaffExportTooWithValuesInChineseWithinTheReadersScope() {
        f.admin.post("/api/v1/registry/agencies/" + f.city + "/legal-staff", Map.of("name", "李审核",
                "kind", "LEGAL_REVIEWER", "qualification", "法律职业资格", "qualificationNo", "A2020-1",
                "qualifiedOn", "2020-03-01", "phone", "13800000000"));
        String staff = f.admin.get("/api/v1/registry/agencies/" + f.city + "/legal-staff/export?format=csv").text();
        assertThat(staff).startsWith("\uFEFF姓名,类别,资格,资格证书编号,取得资格日期,状态")
                .contains("李审核,法制审核人员,法律职业资格,A2020-1,2020-03-01,在岗").doesNotContain("13800000000");
        assertThat(f.admin.get("/api/v1/registry/agencies/" + f.city + "/units/export?format=csv").text())
                .startsWith("\uFEFF名称,类别").contains("执法支队,执法机构");
        assertThat(f.admin.get("/api/v1/registry/agencies/export?format=csv").text()).contains("市级").doesNotContain("CITY");

        ApiClient commerce = f.as(f.user("SUPERVISOR", f.commerce));
        assertThat(commerce.get("/api/v1/registry/agencies/" + f.city + "/legal-staff/export?format=csv").status())
                .isEqualTo(404);
        assertThat(commerce.get("/api/v1/registry/agencies/" + f.city + "/units/export").status()).isEqualTo(404);
    }

    private boolean mayAct(long officer, String domain) {
        return f.admin.get("/api/v1/registry/authority?officerId=" + officer + "&domain=" + domain).json()
                .get("allowed").asBoolean();
    }

    private boolean mayAct(long officer, String domain, LocalDate date) {
        return f.admin.get("/api/v1/registry/authority?officerId=" + officer + "&domain=" + domain + "&date="
                + date).json().get("allowed").asBoolean();
    }

    private void recordedOn(long credential, String to, LocalDate day) {
        jdbc.update("update credential_status_change set created_at = ? where credential_id = ? and to_status = ?"
                + " and from_status is not null", day.atTime(10, 0).atZone(ChinaTime.ZONE).toOffsetDateTime(),
                credential, to);
    }

    private long registryEntries() {
        return jdbc.queryForObject("select count(*) from ledger_entry where module = 'registry'", Long.class);
    }

    static byte[] csv(List<List<String>> rows) {
        return csv(HEADER, rows);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(String.join(",", header)).append("\r\n");
        rows.forEach(r -> s.append(String.join(",", r)).append("\r\n"));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("执法人员");
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r + 1, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        return out.toByteArray();
    }
}
