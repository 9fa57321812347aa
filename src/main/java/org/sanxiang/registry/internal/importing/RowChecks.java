package org.sanxiang.registry.internal.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.sanxiang.platform.CellDates;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.internal.Codes;
import org.sanxiang.registry.internal.RegistryService;
import org.sanxiang.registry.internal.credential.Credential;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.sanxiang.registry.internal.officer.OfficerUpdate;

import static org.sanxiang.registry.internal.importing.ImportColumn.*;

/**
 * The checks of an import's rows against one agency and against the rest of the file: a row without 编号 registers
 * a new officer with her credential, a row with 编号 corrects that officer of the agency (and may issue her a new
 * credential). Each row yields its plan or its problems.
 */
final class RowChecks {

    /** What the import knows of the agency and the registry, read once per file. */
    record Registry(long agencyId, String agencyName, Map<String, Long> unitIds, Map<Long, Officer> officers,
            Map<Long, List<Credential>> credentials, Function<String, Optional<Officer>> officerByIdNumber,
            Predicate<String> credentialExists, OfficerSheet sheet, LocalDate today) {
    }

    private record Description(String name, Long unitId, String position, List<String> domains, String areas) {
    }

    private final Registry registry;
    private final Map<String, String> domainCodes;
    private final Set<String> idNumbersInFile = new HashSet<>();
    private final Set<String> credentialsInFile = new HashSet<>();
    private final Set<Long> officersInFile = new HashSet<>();

    RowChecks(Registry registry) {
        this.registry = registry;
        this.domainCodes = registry.sheet().domainCodes();
    }

    Optional<ImportPlan> check(ImportRow row) {
        String id = row.get(ID);
        return id.isEmpty() ? registration(row) : correction(row, id);
    }

    private Optional<ImportPlan> registration(ImportRow row) {
        checkAgency(row);
        String idNumber = ResidentIdNumber.normalize(row.get(ID_NUMBER));
        boolean validId = row.check(ResidentIdNumber.isValid(idNumber), "身份证号码无效：" + mask(idNumber),
                "Invalid ID number: " + mask(idNumber));
        if (validId && row.check(idNumbersInFile.add(idNumber), "身份证号码在文件中重复：" + mask(idNumber),
                "ID number repeated in the file: " + mask(idNumber))) {
            registry.officerByIdNumber().apply(idNumber).ifPresent(o -> alreadyRegistered(row, o, idNumber));
        }
        String gender = row.get(GENDER);
        if (validId && !gender.isEmpty()) {
            Officer.Gender fromId = ResidentIdNumber.isMale(idNumber) ? Officer.Gender.MALE : Officer.Gender.FEMALE;
            row.check(gender.equals(registry.sheet().gender(fromId)), "性别“" + gender + "”与身份证号码不符",
                    "Gender \u201c" + gender + "\u201d does not match the ID number");
        }
        String active = row.get(ACTIVE);
        row.check(active.isEmpty() || active.equals(OfficerSheet.IN_SERVICE),
                "新登记的执法人员须为“在岗”（“在岗”一栏：“" + active + "”）",
                "A newly registered officer must be in service (\u201c在岗\u201d: " + active + ")");
        Description d = describe(row);
        CredentialForm credential = newCredential(row, d);
        return row.valid() ? Optional.of(new ImportPlan.Registration(row.number(),
                new OfficerForm(d.name(), idNumber, d.unitId(), d.position(), d.domains(), d.areas()), credential))
                : Optional.empty();
    }

    private void alreadyRegistered(ImportRow row, Officer officer, String idNumber) {
        if (officer.getAgencyId() == registry.agencyId()) {
            row.check(false, "该身份证号码的执法人员已登记（编号 " + officer.getId() + "）：如需修改，请在“编号”一栏填写 "
                    + officer.getId(), "Officer already registered (ID " + officer.getId() + "): to correct her, "
                    + "fill in 编号 " + officer.getId());
        } else {
            row.check(false, "该身份证号码的执法人员已登记：" + mask(idNumber), "Officer already registered: " + mask(idNumber));
        }
    }

    private Optional<ImportPlan> correction(ImportRow row, String idCell) {
        if (!checkAgency(row)) {
            return Optional.empty(); // another agency's row of an export of several: that is what to say of it
        }
        Officer officer = idCell.matches("\\d{1,18}") ? registry.officers().get(Long.parseLong(idCell)) : null;
        if (!row.check(officer != null, "编号“" + idCell + "”不是本执法主体的执法人员（编号来自导出的名单；新登记的人员请留空）",
                "ID \u201c" + idCell + "\u201d is no officer of this agency (IDs come from an exported list; "
                        + "leave it empty for a new officer)")) {
            return Optional.empty();
        }
        row.check(officersInFile.add(officer.getId()), "编号在文件中重复：" + idCell, "ID repeated in the file: " + idCell);
        String idNumber = ResidentIdNumber.normalize(row.get(ID_NUMBER));
        row.check(idNumber.isEmpty() || idNumber.equals(officer.getIdNumberMasked())
                        || registry.officerByIdNumber().apply(idNumber).filter(o -> o.getId().equals(officer.getId())).isPresent(),
                "身份证号码与编号 " + idCell + " 的执法人员不符（身份证号码不能修改）",
                "The ID number is not that of officer " + idCell + " (it cannot be changed)");
        String gender = row.get(GENDER);
        row.check(gender.isEmpty() || gender.equals(registry.sheet().gender(officer.getGender())),
                "性别“" + gender + "”与身份证号码不符", "Gender \u201c" + gender + "\u201d does not match the ID number");
        String activeCell = row.get(ACTIVE);
        boolean active = activeCell.isEmpty() ? officer.isActive() : activeCell.equals(OfficerSheet.IN_SERVICE);
        row.check(activeCell.isEmpty() || active || activeCell.equals(OfficerSheet.NOT_IN_SERVICE),
                "“在岗”一栏须为“在岗”或“不在岗”：“" + activeCell + "”",
                "\u201c在岗\u201d must be 在岗 or 不在岗: " + activeCell);
        Description d = describe(row);
        CredentialForm credential = credentialOf(row, officer, d);
        if (!row.valid()) {
            return Optional.empty();
        }
        OfficerUpdate update = new OfficerUpdate(d.name(), d.unitId(), d.position(), d.domains(), d.areas(), active,
                null);
        List<ImportColumn> changed = changes(officer, update);
        boolean described = !changed.isEmpty();
        if (credential != null) {
            changed.add(CREDENTIAL_NUMBER);
        }
        return Optional.of(new ImportPlan.Correction(row.number(), officer.getId(), d.name(),
                described ? update : null, credential, changed));
    }

    private boolean checkAgency(ImportRow row) {
        String agency = row.get(AGENCY);
        return row.check(agency.isEmpty() || agency.equals(registry.agencyName()),
                "执法主体“" + agency + "”不是导入的执法主体“" + registry.agencyName() + "”（请按执法主体分别导入）",
                "Agency \u201c" + agency + "\u201d is not the agency imported into, \u201c" + registry.agencyName()
                        + "\u201d (import each agency's officers into it)");
    }

    private Description describe(ImportRow row) {
        String name = row.get(NAME);
        row.check(!name.isEmpty() && name.length() <= 50, "姓名不能为空且不超过 50 字", "Name is required (max 50)");
        String unitName = row.get(UNIT);
        Long unitId = unitName.isEmpty() ? null : registry.unitIds().get(unitName);
        row.check(unitName.isEmpty() || unitId != null, "所在机构不存在：" + unitName + "（请先在执法主体中添加该内设机构）",
                "No such unit: " + unitName);
        String position = row.get(POSITION);
        row.check(position.length() <= 100, "职务不超过 100 字", "Position: at most 100 characters");
        List<String> domains = Codes.split(row.get(DOMAINS));
        List<String> unknown = domains.stream().filter(d -> !domainCodes.containsKey(d)).toList();
        row.check(!domains.isEmpty(), "执法领域不能为空", "Domains are required");
        row.check(unknown.isEmpty(), "未知的执法领域：" + String.join("、", unknown) + "（可选：" + String.join("、",
                registry.sheet().domainNames()) + "）", "Unknown domains: " + String.join(", ", unknown));
        String areas = row.get(AREAS);
        row.check(areas.length() <= 500, "执法区域不超过 500 字", "Areas: at most 500 characters");
        return new Description(name, unitId, RegistryService.blankToNull(position),
                domains.stream().map(d -> domainCodes.getOrDefault(d, d)).distinct().toList(),
                RegistryService.blankToNull(areas));
    }

    /** For a correction: the credential to issue if the row names a new one; none if it names hers or none. */
    private CredentialForm credentialOf(ImportRow row, Officer officer, Description d) {
        String number = row.get(CREDENTIAL_NUMBER);
        if (number.isEmpty()) {
            row.check(row.get(ISSUER).isEmpty() && row.get(ISSUED_ON).isEmpty() && row.get(VALID_UNTIL).isEmpty(),
                    "执法证号不能为空", "Credential number is required");
            return null;
        }
        Optional<Credential> held = registry.credentials().getOrDefault(officer.getId(), List.of()).stream()
                .filter(c -> c.getNumber().equals(number)).findFirst();
        if (held.isEmpty()) {
            return newCredential(row, d);
        }
        Credential c = held.get();
        boolean same = unchanged(row.get(ISSUER), c.getIssuer()) && unchangedDate(row.get(ISSUED_ON), c.getIssuedOn())
                && unchangedDate(row.get(VALID_UNTIL), c.getValidUntil());
        row.check(same, "执法证 " + number + " 已发放，其发证机关和日期不能通过导入修改（如已换发新证，请填写新证号）",
                "Credential " + number + " is issued; its issuer and dates cannot be changed by an import "
                        + "(for a renewed credential, fill in its new number)");
        checkStatus(row, c.statusOn(registry.today()));
        return null;
    }

    private CredentialForm newCredential(ImportRow row, Description d) {
        String number = row.get(CREDENTIAL_NUMBER);
        row.check(!number.isEmpty() && number.length() <= 40, "执法证号不能为空且不超过 40 位",
                "Credential number is required (max 40)");
        if (!number.isEmpty()) {
            row.check(credentialsInFile.add(number), "执法证号在文件中重复：" + number,
                    "Credential number repeated in the file: " + number);
            row.check(!registry.credentialExists().test(number), "执法证号已存在：" + number,
                    "Credential number exists: " + number);
        }
        String issuer = row.get(ISSUER);
        row.check(!issuer.isEmpty() && issuer.length() <= 200, "发证机关不能为空且不超过 200 字",
                "Issuer is required (max 200)");
        Optional<LocalDate> issuedOn = date(row, ISSUED_ON, "发证日期", "issue date");
        Optional<LocalDate> validUntil = date(row, VALID_UNTIL, "有效期至", "valid-until date");
        if (issuedOn.isPresent() && validUntil.isPresent()) {
            row.check(validUntil.get().isAfter(issuedOn.get()), "有效期至须晚于发证日期",
                    "Valid-until must be after the issue date");
            checkStatus(row, validUntil.get().isBefore(registry.today()) ? CredentialStatus.EXPIRED
                    : CredentialStatus.VALID);
        }
        return row.valid() ? new CredentialForm(number, issuer, issuedOn.get(), validUntil.get(), d.domains(),
                d.areas()) : null;
    }

    /** The status column says what the credential's status is; it is changed, with a reason, on her page. */
    private void checkStatus(ImportRow row, CredentialStatus status) {
        String cell = row.get(STATUS);
        String expected = registry.sheet().status(status);
        row.check(cell.isEmpty() || cell.equals(expected), "证件状态“" + cell + "”与登记的“" + expected
                        + "”不同：暂扣、吊销、注销或恢复执法证须在执法人员页面办理并写明原因，导入不能变更",
                "Credential status \u201c" + cell + "\u201d differs from " + status + ": a status is changed, with "
                        + "its reason, on the officer's page, not by an import");
    }

    private static Optional<LocalDate> date(ImportRow row, ImportColumn column, String zh, String en) {
        String cell = row.get(column);
        Optional<LocalDate> date = CellDates.parse(cell);
        row.check(date.isPresent(), zh + "无效：“" + cell + "”（请填写日期，如 2024-01-31、2024/1/31 或 2024年1月31日）",
                "Invalid " + en + ": \u201c" + cell + "\u201d (a date such as 2024-01-31)");
        return date;
    }

    private static boolean unchanged(String cell, String stored) {
        return cell.isEmpty() || cell.equals(stored);
    }

    private static boolean unchangedDate(String cell, LocalDate stored) {
        return cell.isEmpty() || CellDates.parse(cell).filter(stored::equals).isPresent();
    }

    /** The columns whose values differ from the officer's. */
    private static List<ImportColumn> changes(Officer o, OfficerUpdate u) {
        List<ImportColumn> changed = new ArrayList<>();
        Map<ImportColumn, Boolean> same = Map.of(NAME, o.getName().equals(u.name()),
                UNIT, Objects.equals(o.getUnitId(), u.unitId()), POSITION, Objects.equals(o.getPosition(), u.position()),
                DOMAINS, Set.copyOf(o.getDomains()).equals(Set.copyOf(u.domains())),
                AREAS, Objects.equals(o.getAreas(), u.areas()), ACTIVE, o.isActive() == u.active());
        for (ImportColumn c : ImportColumn.values()) {
            if (Boolean.FALSE.equals(same.get(c))) {
                changed.add(c);
            }
        }
        return changed;
    }

    static String mask(String idNumber) {
        return idNumber != null && idNumber.length() == 18 ? ResidentIdNumber.mask(idNumber) : "（" + idNumber + "）";
    }
}
