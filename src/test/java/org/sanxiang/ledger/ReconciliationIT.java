package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.test.ChinaDay;
import org.sanxiang.ledger.internal.Finding;
import org.sanxiang.ledger.internal.LedgerVerifier;
import org.sanxiang.ledger.internal.Sequencer;
import org.sanxiang.platform.CliCommand;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.sanxiang.test.RegistryFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables are what users read, the ledger is what proves them: a row changed, inserted or deleted behind the
 * application's back is named by {@code ledger verify}, with its fields and the entry it no longer matches: the
 * registry's, the users', the list items' of the catalog, the cases.
 */
@IntegrationTest
@DatabaseBehaviour
class ReconciliationIT {

    @LocalServerPort
    int port;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    Sequencer sequencer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Ledger ledger;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    List<CliCommand> commands;

    private RegistryFixture registry;

    @BeforeEach
    void setUp() {
        registry = new RegistryFixture(port);
    }

    @Test
    void anUntouchedDatabaseVerifiesClean() {
        long officer = registry.officer(registry.city, "王明", List.of("market"));
        registry.credential(officer, RegistryFixture.uniqueNumber(), LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 1),
                List.of("market"));
        legalStaff();
        registry.user("OFFICER", registry.city);

        LedgerVerifier.Report report = verified();

        assertThat(report.findings()).isEmpty();
        assertThat(report.recordsChecked()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void anOfficerRenamedInTheDatabaseIsNamedWithTheFieldAndTheEntryThatStillHoldsTheRegisteredName() {
        long officer = registry.officer(registry.city, "李登记", List.of("market"));
        jdbc.update("update officer set name = '篡改者' where id = ?", officer);
        try {
            Finding finding = onlyFindingAbout("officer", officer);
            assertThat(finding.kind()).isEqualTo(Finding.Kind.RECORD_DRIFTED);
            assertThat(finding.record().fields()).containsExactly("name");
            assertThat(finding.index()).isEqualTo(latestIndex("officer", officer));
            assertThat(finding.zh()).contains("执法人员 " + officer, "name", "索引 " + finding.index());

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = ledgerCommand().run(new String[] {"verify"}, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("officer " + officer + " differs from the ledger: name");
        } finally {
            jdbc.update("update officer set name = '李登记' where id = ?", officer);
        }
        assertThat(verified().findings()).isEmpty();
    }

    @Test
    void anAgencysComplaintPhoneChangedInTheDatabaseIsNamed() {
        assertDrifted("agency", registry.city, "complaintPhone",
                "update agency set complaint_phone = '4000000000' where id = ?",
                "update agency set complaint_phone = '12345' where id = ?");
    }

    @Test
    void aUnitMovedToAnotherAgencyInTheDatabaseIsNamed() {
        assertDrifted("unit", registry.cityUnit, "agencyId",
                "update agency_unit set agency_id = " + registry.commerce + " where id = ?",
                "update agency_unit set agency_id = " + registry.city + " where id = ?");
    }

    @Test
    void aCredentialExtendedInTheDatabaseIsNamed() {
        long officer = registry.officer(registry.city, "赵过期", List.of("market"));
        long credential = registry.credential(officer, RegistryFixture.uniqueNumber(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2023, 1, 1), List.of("market"));
        assertDrifted("credential", credential, "validUntil",
                "update credential set valid_until = '2099-12-31' where id = ?",
                "update credential set valid_until = '2023-01-01' where id = ?");
    }

    @Test
    void aLegalReviewerQualifiedInTheDatabaseIsNamed() {
        long staff = legalStaff();
        assertDrifted("legal-staff", staff, "qualification",
                "update legal_staff set qualification = '法律职业资格证书' where id = ?",
                "update legal_staff set qualification = '无' where id = ?");
    }

    @Test
    void aListItemsTextChangedInTheDatabaseIsNamedByItsContentHash() {
        long version = RegistryFixture.created(registry.admin.post("/api/v1/catalog/agencies/" + registry.city
                + "/powers", Map.of("code", registry.tag + "-CF-001", "name", "对无照经营的处罚", "category", "处罚",
                "legalBasis", List.of(Map.of("law", "无证无照经营查处办法", "article", "第十三条",
                        "text", "从事无照经营的，由工商行政管理部门依照相关法律、行政法规的规定予以处罚。")))));
        assertDrifted("catalog-version", version, "contentHash",
                "update catalog_version set content = replace(content, '第十三条', '第十四条') where id = ?",
                "update catalog_version set content = replace(content, '第十四条', '第十三条') where id = ?");
        assertDrifted("catalog-version", version, "state",
                "update catalog_version set state = 'PUBLISHED' where id = ?",
                "update catalog_version set state = 'DRAFT' where id = ?");
    }

    @Test
    void aCaseWhoseStatePartyOrRecordedFactsWereChangedInTheDatabaseIsNamed() {
        ApiClient officer = registry.as(registry.user("OFFICER", registry.city));
        long party = RegistryFixture.created(officer.post("/api/v1/parties", Map.of("kind", "ORGANISATION",
                "name", "某某食品有限公司", "creditCode", RegistryFixture.uscc(), "legalRepresentative", "王某")));
        long kase = RegistryFixture.created(officer.post("/api/v1/cases", Map.of("procedure", "general-penalty",
                "partyId", party, "domain", "market", "record", Map.of(
                        "source", "COMPLAINT", "clueReceivedOn", ChinaDay.today().toString(),
                        "summary", "群众举报该公司使用过期原料"))));
        assertDrifted("case", kase, "state", "update enforcement_case set state = 'CLOSED' where id = ?",
                "update enforcement_case set state = 'CLUE' where id = ?");
        assertDrifted("case", kase, "partyName", "update enforcement_case set party_name = '另一公司' where id = ?",
                "update enforcement_case set party_name = '某某食品有限公司' where id = ?");
        assertDrifted("case", kase, "facts",
                "update enforcement_case set data = replace(data, '过期原料', '合格原料') where id = ?",
                "update enforcement_case set data = replace(data, '合格原料', '过期原料') where id = ?");
        // the tables beside the case row: a step's record (笔录), and the officers handling it
        assertDrifted("case", kase, "steps",
                "update case_step set record = replace(record, '过期原料', '合格原料') where case_id = ?",
                "update case_step set record = replace(record, '合格原料', '过期原料') where case_id = ?");
        assertDrifted("case", kase, "officers",
                "insert into case_officer (case_id, officer_id, name) values (?, 999999, '冒名执法人员')",
                "delete from case_officer where officer_id = 999999 and case_id = ?");
    }

    @Test
    void aRoleGrantedInTheDatabaseIsNamed() {
        String username = registry.user("OFFICER", registry.city);
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into user_role (user_id, role) values (?, 'ADMIN')", id);
        try {
            Finding finding = onlyFindingAbout("user", username);
            assertThat(finding.kind()).isEqualTo(Finding.Kind.RECORD_DRIFTED);
            assertThat(finding.record().fields()).containsExactly("roles");
        } finally {
            jdbc.update("delete from user_role where user_id = ? and role = 'ADMIN'", id);
        }
        assertThat(verified().findings()).isEmpty();
    }

    @Test
    void anOfficerInsertedBehindTheApplicationIsNamedAsUnrecorded() {
        long original = registry.officer(registry.city, "真人", List.of("market"));
        String digest = "forged-" + registry.tag;
        jdbc.update("insert into officer (agency_id, unit_id, name, gender, id_number_cipher, id_number_digest, "
                + "id_number_masked, position, domains, areas, active, created_at, created_by, updated_at, updated_by, "
                + "version) select agency_id, unit_id, '冒名者', gender, id_number_cipher, ?, id_number_masked, position, "
                + "domains, areas, active, created_at, created_by, updated_at, updated_by, version from officer where id = ?",
                digest, original);
        long forged = jdbc.queryForObject("select id from officer where id_number_digest = ?", Long.class, digest);
        try {
            Finding finding = onlyFindingAbout("officer", forged);
            assertThat(finding.kind()).isEqualTo(Finding.Kind.RECORD_UNRECORDED);
            assertThat(finding.en()).contains("officer " + forged + " has no ledger entry");
        } finally {
            jdbc.update("delete from officer where id = ?", forged);
        }
        assertThat(verified().findings()).isEmpty();
    }

    @Test
    void aPhotoPutOnTheCredentialCardBehindTheApplicationIsNamedAsUnrecorded() {
        long officer = registry.officer(registry.city, "周无照", List.of("market"));
        jdbc.update("update officer set photo_type = 'image/png', photo = ? where id = ?", new byte[] {1, 2, 3}, officer);
        try {
            assertThat(onlyFindingAbout("officer-photo", officer).kind()).isEqualTo(Finding.Kind.RECORD_UNRECORDED);
        } finally {
            jdbc.update("update officer set photo_type = null, photo = null where id = ?", officer);
        }
        assertThat(verified().findings()).isEmpty();
    }

    @Test
    void anAdministratorInsertedBehindTheApplicationIsNamedAsUnrecorded() {
        String username = registry.tag + "-intruder";
        jdbc.update("insert into user_account (username, password_hash, display_name, enabled, created_at, created_by, "
                + "updated_at, updated_by) values (?, 'x', ?, true, current_timestamp, 'sql', current_timestamp, 'sql')",
                username, username);
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update("insert into user_role (user_id, role) values (?, 'ADMIN')", id);
        try {
            assertThat(onlyFindingAbout("user", username).kind()).isEqualTo(Finding.Kind.RECORD_UNRECORDED);
        } finally {
            jdbc.update("delete from user_role where user_id = ?", id);
            jdbc.update("delete from user_account where id = ?", id);
        }
        assertThat(verified().findings()).isEmpty();
    }

    @Test
    void aUnitDeletedBehindTheApplicationIsNamedAsMissing() {
        long unit = RegistryFixture.created(registry.admin.post("/api/v1/registry/agencies/" + registry.county + "/units",
                Map.of("name", "待删机构", "kind", "OTHER")));
        Map<String, Object> row = jdbc.queryForMap("select * from agency_unit where id = ?", unit);
        jdbc.update("delete from agency_unit where id = ?", unit);
        try {
            Finding finding = onlyFindingAbout("unit", unit);
            assertThat(finding.kind()).isEqualTo(Finding.Kind.RECORD_MISSING);
            assertThat(finding.index()).isEqualTo(latestIndex("agency", registry.county));
        } finally {
            jdbc.update("insert into agency_unit (id, agency_id, name, kind, created_at, created_by, updated_at, "
                    + "updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("agency_id"),
                    row.get("name"), row.get("kind"), row.get("created_at"), row.get("created_by"), row.get("updated_at"),
                    row.get("updated_by"), row.get("version"));
        }
        assertThat(verified().findings()).isEmpty();
    }

    /** Entries written before a fact was added still verify, and still prove the facts they do carry. */
    @Test
    void anEntryOfTheOlderShapeVerifiesOnTheFactsItCarries() {
        long staff = legalStaff();
        transaction.executeWithoutResult(status -> ledger.append("registry", "legal-staff.updated",
                new Ledger.SubjectRef("agency", Long.toString(registry.city), registry.city),
                Map.of("legalStaffId", staff, "name", "钱审核", "kind", "LEGAL_REVIEWER", "qualification", "无",
                        "active", true))); // as written before unitId, qualificationNo, qualifiedOn and agencyId
        assertThat(verified().findings()).isEmpty();

        assertDrifted("legal-staff", staff, "name", "update legal_staff set name = '孙冒充' where id = ?",
                "update legal_staff set name = '钱审核' where id = ?");
    }

    private long legalStaff() {
        return RegistryFixture.created(registry.admin.post("/api/v1/registry/agencies/" + registry.city + "/legal-staff",
                Map.of("name", "钱审核", "kind", "LEGAL_REVIEWER", "qualification", "无")));
    }

    private void assertDrifted(String type, long id, String field, String tamper, String restore) {
        jdbc.update(tamper, id);
        try {
            Finding finding = onlyFindingAbout(type, id);
            assertThat(finding.kind()).isEqualTo(Finding.Kind.RECORD_DRIFTED);
            assertThat(finding.record().fields()).containsExactly(field);
            assertThat(finding.index()).isNotNull();
        } finally {
            jdbc.update(restore, id);
        }
        assertThat(verified().findings()).as("verifies once restored").isEmpty();
    }

    private Finding onlyFindingAbout(String type, Object id) {
        LedgerVerifier.Report report = verified();
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).as("the only finding is the changed row").hasSize(1);
        Finding finding = report.findings().get(0);
        assertThat(finding.record()).extracting(Finding.RecordRef::type, Finding.RecordRef::id)
                .containsExactly(type, id.toString());
        return finding;
    }

    private LedgerVerifier.Report verified() {
        sequencer.integrateAll();
        return verifier.verify();
    }

    private Long latestIndex(String subjectType, long subjectId) {
        return jdbc.queryForObject("select tree_index from ledger_entry where subject_type = ? and subject_id = ? "
                + "order by created_at desc, seq desc fetch first 1 rows only", Long.class, subjectType,
                Long.toString(subjectId));
    }

    private CliCommand ledgerCommand() {
        return commands.stream().filter(c -> c.name().equals("ledger")).findFirst().orElseThrow();
    }
}
