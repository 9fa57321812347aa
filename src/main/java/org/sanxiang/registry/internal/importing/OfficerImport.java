package org.sanxiang.registry.internal.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.internal.Codes;
import org.sanxiang.registry.internal.RegistryProperties;
import org.sanxiang.registry.internal.RegistryService;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyUnitRepository;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.credential.CredentialRepository;
import org.sanxiang.registry.internal.officer.IdNumberProtector;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports officers with their credentials from a spreadsheet, all or nothing: every row is checked first and
 * every problem reported with its row number; only a file without problems is imported, in one transaction.
 */
@Service
public class OfficerImport {

    /** The columns, in order; the header row must name them like this. */
    static final List<String> COLUMNS = List.of("姓名", "身份证号码", "所在机构", "职务", "执法领域", "执法区域",
            "执法证号", "发证机关", "发证日期", "有效期至");

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private final RegistryService registry;
    private final AgencyUnitRepository units;
    private final OfficerRepository officers;
    private final CredentialRepository credentials;
    private final IdNumberProtector idNumbers;
    private final RegistryProperties properties;

    OfficerImport(RegistryService registry, AgencyUnitRepository units, OfficerRepository officers,
            CredentialRepository credentials, IdNumberProtector idNumbers, RegistryProperties properties) {
        this.registry = registry;
        this.units = units;
        this.officers = officers;
        this.credentials = credentials;
        this.idNumbers = idNumbers;
        this.properties = properties;
    }

    public record RowError(int row, String zh, String en) {
    }

    /** Rows' problems reported, the first of them: enough to fix a file, never a response of gigabytes. */
    public static final int MAX_REPORTED_ERRORS = 200;

    /** @param errorCount every problem found; {@code errors} lists the first {@value #MAX_REPORTED_ERRORS} */
    public record Report(boolean imported, int officers, int credentials, List<RowError> errors, int errorCount) {
    }

    private record Row(int number, OfficerForm officer, CredentialForm credential) {
    }

    @Transactional
    public Report importFile(CurrentUser user, long agencyId, String fileName, byte[] content) {
        registry.visibleAgency(user, agencyId);
        List<SpreadsheetRows.Line> lines = SpreadsheetRows.read(fileName, content);
        if (lines.isEmpty() || !header(lines.get(0)).equals(COLUMNS)) {
            throw new InvalidInputException("第 1 行须为表头：" + String.join("，", COLUMNS),
                    "Row 1 must be the header: " + String.join(", ", COLUMNS));
        }
        List<SpreadsheetRows.Line> data = lines.subList(1, lines.size());
        if (data.isEmpty()) {
            throw new InvalidInputException("文件中没有数据行", "The file has no data rows");
        }
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = parse(agencyId, data, errors);
        if (!errors.isEmpty()) {
            return new Report(false, 0, 0, List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))),
                    errors.size());
        }
        for (Row row : rows) {
            long officerId = registry.registerOfficer(user, agencyId, row.officer());
            registry.issueCredential(user, officerId, row.credential());
        }
        return new Report(true, rows.size(), rows.size(), List.of(), 0);
    }

    private static List<String> header(SpreadsheetRows.Line line) {
        return line.cells().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<Row> parse(long agencyId, List<SpreadsheetRows.Line> lines, List<RowError> errors) {
        Map<String, Long> unitIds = units.findByAgencyIdOrderByName(agencyId).stream()
                .collect(Collectors.toMap(AgencyUnit::getName, AgencyUnit::getId));
        Map<String, String> domainCodes = properties.domains().stream()
                .collect(Collectors.toMap(RegistryProperties.Domain::zh, RegistryProperties.Domain::code));
        properties.domains().forEach(d -> domainCodes.put(d.code(), d.code()));
        Set<String> idsInFile = new HashSet<>();
        Set<String> numbersInFile = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (SpreadsheetRows.Line line : lines) {
            List<RowError> found = new ArrayList<>();
            Function<Integer, String> cell = line::cell;
            Check check = (ok, zh, en) -> {
                if (!ok) {
                    found.add(new RowError(line.number(), zh, en));
                }
            };
            String name = cell.apply(0);
            check.that(!name.isEmpty() && name.length() <= 50, "姓名不能为空且不超过 50 字", "Name is required (max 50)");
            String idNumber = ResidentIdNumber.normalize(cell.apply(1));
            boolean validId = ResidentIdNumber.isValid(idNumber);
            check.that(validId, "身份证号码无效：" + mask(idNumber), "Invalid ID number: " + mask(idNumber));
            if (validId) {
                check.that(idsInFile.add(idNumber), "身份证号码在文件中重复：" + mask(idNumber),
                        "ID number repeated in the file: " + mask(idNumber));
                check.that(!officers.existsByIdNumberDigest(idNumbers.digest(idNumber)),
                        "该身份证号码的执法人员已登记：" + mask(idNumber), "Officer already registered: " + mask(idNumber));
            }
            String unitName = cell.apply(2);
            Long unitId = unitName.isEmpty() ? null : unitIds.get(unitName);
            check.that(unitName.isEmpty() || unitId != null, "所在机构不存在：" + unitName + "（请先在执法主体中添加该内设机构）",
                    "No such unit: " + unitName);
            List<String> domains = Codes.split(cell.apply(4));
            List<String> unknown = domains.stream().filter(d -> !domainCodes.containsKey(d)).toList();
            check.that(!domains.isEmpty(), "执法领域不能为空", "Domains are required");
            check.that(unknown.isEmpty(), "未知的执法领域：" + String.join("、", unknown),
                    "Unknown domains: " + String.join(", ", unknown));
            List<String> domainList = domains.stream().map(d -> domainCodes.getOrDefault(d, d)).distinct().toList();
            String number = cell.apply(6);
            check.that(!number.isEmpty() && number.length() <= 40, "执法证号不能为空且不超过 40 位",
                    "Credential number is required (max 40)");
            if (!number.isEmpty()) {
                check.that(numbersInFile.add(number), "执法证号在文件中重复：" + number,
                        "Credential number repeated in the file: " + number);
                check.that(!credentials.existsByNumber(number), "执法证号已存在：" + number,
                        "Credential number exists: " + number);
            }
            String issuer = cell.apply(7);
            check.that(!issuer.isEmpty(), "发证机关不能为空", "Issuer is required");
            Optional<LocalDate> issuedOn = date(cell.apply(8));
            Optional<LocalDate> validUntil = date(cell.apply(9));
            check.that(issuedOn.isPresent(), "发证日期无效：“" + cell.apply(8) + "”（格式 2024-01-31）",
                    "Invalid issue date: " + cell.apply(8));
            check.that(validUntil.isPresent(), "有效期至无效：“" + cell.apply(9) + "”（格式 2029-01-31）",
                    "Invalid valid-until date: " + cell.apply(9));
            if (issuedOn.isPresent() && validUntil.isPresent()) {
                check.that(validUntil.get().isAfter(issuedOn.get()), "有效期至须晚于发证日期",
                        "Valid-until must be after the issue date");
            }
            if (found.isEmpty()) {
                String areas = cell.apply(5);
                rows.add(new Row(line.number(),
                        new OfficerForm(name, idNumber, unitId, cell.apply(3), domainList, areas),
                        new CredentialForm(number, issuer, issuedOn.get(), validUntil.get(), domainList, areas)));
            }
            errors.addAll(found);
        }
        return rows;
    }

    private interface Check {
        void that(boolean ok, String zh, String en);
    }

    private static String mask(String idNumber) {
        return idNumber != null && idNumber.length() == 18 ? ResidentIdNumber.mask(idNumber) : "（" + idNumber + "）";
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
