package org.sanxiang.registry.internal.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.SpreadsheetRows;
import org.sanxiang.registry.internal.RegistryService;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyUnitRepository;
import org.sanxiang.registry.internal.credential.Credential;
import org.sanxiang.registry.internal.credential.CredentialRepository;
import org.sanxiang.registry.IdNumberProtector;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an officer list into one agency, all or nothing: every row is checked first and every problem reported
 * with its row number; only a file without problems is imported, in one transaction. A row without 编号 registers
 * an officer with her credential; a row with 编号 (an exported list, corrected) updates that officer.
 */
@Service
public class OfficerImport {

    private final RegistryService registry;
    private final AgencyUnitRepository units;
    private final OfficerRepository officers;
    private final CredentialRepository credentials;
    private final IdNumberProtector idNumbers;
    private final OfficerSheet sheet;

    OfficerImport(RegistryService registry, AgencyUnitRepository units, OfficerRepository officers,
            CredentialRepository credentials, IdNumberProtector idNumbers, OfficerSheet sheet) {
        this.registry = registry;
        this.units = units;
        this.officers = officers;
        this.credentials = credentials;
        this.idNumbers = idNumbers;
        this.sheet = sheet;
    }

    public record RowError(int row, String zh, String en) {
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** @param changed the columns in which an updated row differed from the registry */
    public record RowOutcome(int row, long officerId, String name, Outcome outcome, List<ImportColumn> changed) {
    }

    /** Rows' problems reported, the first of them: enough to fix a file, never a response of gigabytes. */
    public static final int MAX_REPORTED_ERRORS = 200;

    /**
     * @param rows       the rows that registered or updated an officer (unchanged ones are only counted)
     * @param errorCount every problem found; {@code errors} lists the first {@value #MAX_REPORTED_ERRORS}
     */
    public record Report(boolean imported, int created, int updated, int unchanged, int credentials,
            List<RowOutcome> rows, List<RowError> errors, int errorCount) {

        static Report refused(List<RowError> errors) {
            return new Report(false, 0, 0, 0, 0, List.of(),
                    List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))), errors.size());
        }

        static Report of(List<RowOutcome> outcomes, int credentials) {
            Map<Outcome, Long> counts = outcomes.stream().collect(Collectors.groupingBy(RowOutcome::outcome,
                    Collectors.counting()));
            return new Report(true, count(counts, Outcome.CREATED), count(counts, Outcome.UPDATED),
                    count(counts, Outcome.UNCHANGED), credentials,
                    outcomes.stream().filter(o -> o.outcome() != Outcome.UNCHANGED).toList(), List.of(), 0);
        }

        private static int count(Map<Outcome, Long> counts, Outcome outcome) {
            return counts.getOrDefault(outcome, 0L).intValue();
        }
    }

    @Transactional
    public Report importFile(CurrentUser user, long agencyId, String fileName, byte[] content) {
        Agency agency = registry.visibleAgency(user, agencyId);
        List<SpreadsheetRows.Line> lines = SpreadsheetRows.read(fileName, content);
        if (lines.isEmpty()) {
            throw new InvalidInputException("文件是空的", "The file is empty");
        }
        Map<ImportColumn, Integer> columns = ImportColumn.locate(lines.get(0).cells());
        List<SpreadsheetRows.Line> data = lines.subList(1, lines.size());
        if (data.isEmpty()) {
            throw new InvalidInputException("文件中没有数据行", "The file has no data rows");
        }
        RowChecks checks = new RowChecks(known(agency));
        List<RowError> errors = new ArrayList<>();
        List<ImportPlan> plans = new ArrayList<>();
        for (SpreadsheetRows.Line line : data) {
            ImportRow row = new ImportRow(line, columns);
            checks.check(row).ifPresent(plans::add);
            errors.addAll(row.errors());
        }
        if (!errors.isEmpty()) {
            return Report.refused(errors);
        }
        List<RowOutcome> outcomes = plans.stream().map(p -> p.carryOut(registry, user, agencyId)).toList();
        int issued = (int) plans.stream().filter(p -> p instanceof ImportPlan.Registration
                || p instanceof ImportPlan.Correction c && c.credential() != null).count();
        return Report.of(outcomes, issued);
    }

    private RowChecks.Registry known(Agency agency) {
        Map<Long, Officer> ofAgency = officers.findByAgencyId(agency.getId()).stream()
                .collect(Collectors.toMap(Officer::getId, Function.identity()));
        Map<Long, List<Credential>> held = credentials.findByOfficerIdIn(ofAgency.keySet()).stream()
                .collect(Collectors.groupingBy(Credential::getOfficerId));
        Map<String, Long> unitIds = units.findByAgencyIdOrderByName(agency.getId()).stream()
                .collect(Collectors.toMap(AgencyUnit::getName, AgencyUnit::getId));
        return new RowChecks.Registry(agency.getId(), agency.getName(), unitIds, ofAgency, held,
                idNumber -> officers.findByIdNumberDigest(idNumbers.digest(idNumber)), credentials::existsByNumber,
                sheet, registry.today());
    }
}
