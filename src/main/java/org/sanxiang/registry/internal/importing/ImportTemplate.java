package org.sanxiang.registry.internal.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.ListDataValidation;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.SpreadsheetTemplate;
import org.sanxiang.platform.TableExport;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyView;
import org.sanxiang.registry.internal.credential.CredentialRepository;
import org.sanxiang.registry.IdNumberProtector;
import org.sanxiang.registry.internal.officer.Officer;
import org.sanxiang.registry.internal.officer.OfficerRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import static org.sanxiang.registry.internal.importing.ImportColumn.*;

/**
 * The import template of one agency: its columns, an example row that imports as it is into that agency, and in
 * Excel drop-down lists of the agency's units, the domains, genders, 在岗 and credential statuses, text cells for ID
 * and credential numbers (Excel would round an 18-digit number) and date cells for dates.
 */
@Component
class ImportTemplate {

    /** Rows prepared for input (formats and lists); the lists' ranges reach to the import's limit. */
    static final int PREPARED_ROWS = 500;

    /** What the 说明 sheet says of each column, in Chinese and in English. */
    private static final Map<ImportColumn, String[]> NOTES = Map.ofEntries(
            Map.entry(ID, new String[] {"新登记的人员留空；填写编号（导出的名单中有）则更新该执法人员，不会重复登记",
                "Empty for a new officer; an ID (as in an exported list) updates that officer instead"}),
            Map.entry(AGENCY, new String[] {"可留空；填写时须为导入的执法主体", "May be empty; else the agency imported into"}),
            Map.entry(NAME, new String[] {"必填，不超过 50 字", "Required, at most 50 characters"}),
            Map.entry(GENDER, new String[] {"可留空（由身份证号码确定）；填写时须与身份证号码相符",
                "May be empty (the ID number tells it); if given it must match"}),
            Map.entry(ID_NUMBER, new String[] {"新登记时必填 18 位；更新时不能修改（导出的脱敏号码可保留）",
                "18 characters for a new officer; cannot be changed (the masked number of an export may stay)"}),
            Map.entry(UNIT, new String[] {"本执法主体的内设机构，从列表中选择，可留空",
                "One of the agency's units (drop-down list), or empty"}),
            Map.entry(POSITION, new String[] {"可留空，不超过 100 字", "Optional, at most 100 characters"}),
            Map.entry(DOMAINS, new String[] {"必填；多个用顿号“、”分隔", "Required; several separated by 、"}),
            Map.entry(AREAS, new String[] {"可留空", "Optional"}),
            Map.entry(ACTIVE, new String[] {"“在岗”或“不在岗”；新登记的人员须在岗", "在岗 (in service) or 不在岗; a new officer is in service"}),
            Map.entry(CREDENTIAL_NUMBER, new String[] {"新登记时必填；更新时填写新证号即发放新证（换发）",
                "Required for a new officer; a new number on an update issues a new (renewed) credential"}),
            Map.entry(ISSUER, new String[] {"与执法证号一同必填", "Required with the credential number"}),
            Map.entry(ISSUED_ON, new String[] {"日期，如 2024-01-31、2024/1/31 或 2024年1月31日（Excel 日期单元格亦可）",
                "A date: 2024-01-31, 2024/1/31, 2024年1月31日, or an Excel date cell"}),
            Map.entry(VALID_UNTIL, new String[] {"日期，须晚于发证日期", "A date after the issue date"}),
            Map.entry(STATUS, new String[] {"可留空；导入不变更证件状态（暂扣、吊销、注销须在执法人员页面办理并写明原因）",
                "Optional; an import does not change a status (that is done, with a reason, on the officer's page)"}));

    private final OfficerSheet sheet;
    private final OfficerRepository officers;
    private final CredentialRepository credentials;
    private final IdNumberProtector idNumbers;

    ImportTemplate(OfficerSheet sheet, OfficerRepository officers, CredentialRepository credentials,
            IdNumberProtector idNumbers) {
        this.sheet = sheet;
        this.officers = officers;
        this.credentials = credentials;
        this.idNumbers = idNumbers;
    }

    ResponseEntity<StreamingResponseBody> download(AgencyView agency, List<AgencyUnit> units,
            TableExport.Format format) {
        List<?> example = example(agency, units);
        if (format == TableExport.Format.CSV) {
            return TableExport.response(format, "执法人员导入模板-" + agency.name(), ImportColumn.headers(),
                    List.of(example));
        }
        return SpreadsheetTemplate.download("执法人员导入模板-" + agency.name() + ".xlsx", SpreadsheetTemplate.XLSX,
                out -> write(units, example, out));
    }

    /** A row that imports cleanly into the agency now: an ID number and a credential number not yet registered. */
    private List<?> example(AgencyView agency, List<AgencyUnit> units) {
        String idNumber = unused("11010519900101", n -> n + ResidentIdNumber.checkCharacter(n),
                n -> officers.existsByIdNumberDigest(idNumbers.digest(n))); // an odd 17th digit: a man's number
        String number = unused("示例-" + agency.id() + "-", n -> n, credentials::existsByNumber);
        String unit = units.stream().min(Comparator.comparing((AgencyUnit u) -> u.getKind() != AgencyUnit.Kind.ENFORCEMENT))
                .map(AgencyUnit::getName).orElse(null);
        String region = agency.region() == null ? "" : agency.region().strip();
        LocalDate issuedOn = LocalDate.now(ChinaTime.ZONE);
        return Arrays.asList(null, agency.name(), "张三", sheet.gender(Officer.Gender.MALE), idNumber, unit, "科员",
                sheet.domain(agency.domain()), region.isEmpty() ? null : region, OfficerSheet.IN_SERVICE, number,
                region + "人民政府", issuedOn, issuedOn.plusYears(5).minusDays(1), sheet.status(CredentialStatus.VALID));
    }

    /** The first of {@code prefix} + 001, 003, 005 … (as the function completes it) that is not taken. */
    private static String unused(String prefix, UnaryOperator<String> complete,
            Predicate<String> taken) {
        for (int i = 1; ; i += 2) {
            String candidate = complete.apply(prefix + String.format("%03d", i));
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private void write(List<AgencyUnit> units, List<?> example, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Sanxiang", "1.0");
            Worksheet data = wb.newWorksheet("执法人员");
            Worksheet notes = wb.newWorksheet("说明");
            Worksheet lists = wb.newWorksheet("选项");
            lists.setVisibilityState(VisibilityState.HIDDEN);
            List<ImportColumn> columns = List.of(ImportColumn.values());
            for (int c = 0; c < columns.size(); c++) {
                data.value(0, c, columns.get(c).zh());
                data.style(0, c).bold().set();
                data.width(c, columns.get(c) == ID_NUMBER || columns.get(c) == CREDENTIAL_NUMBER ? 22 : 14);
                Object v = example.get(c);
                if (v instanceof LocalDate d) {
                    data.value(1, c, d);
                } else if (v != null) {
                    data.value(1, c, v.toString());
                }
            }
            data.freezePane(0, 1);
            for (ImportColumn text : List.of(ID_NUMBER, CREDENTIAL_NUMBER)) {
                column(data, text).style().format("@").set();
            }
            for (ImportColumn date : List.of(ISSUED_ON, VALID_UNTIL)) {
                column(data, date).style().format(TableExport.DATE_FORMAT).set();
            }
            choose(data, lists, UNIT, 0, units.stream().map(AgencyUnit::getName).toList(),
                    "请从列表中选择本执法主体的内设机构，或留空");
            choose(data, lists, DOMAINS, 1, sheet.domainNames(), "可填写多个执法领域，用顿号“、”分隔，如：市场监管、食品药品")
                    .errorStyle(DataValidationErrorStyle.INFORMATION);
            choose(data, lists, GENDER, 2, sheet.genders(), "请选择“男”或“女”，须与身份证号码相符");
            choose(data, lists, ACTIVE, 3, List.of(OfficerSheet.IN_SERVICE, OfficerSheet.NOT_IN_SERVICE),
                    "请选择“在岗”或“不在岗”");
            choose(data, lists, STATUS, 4, sheet.statuses(), "请从列表中选择证件状态");
            writeNotes(notes);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Range column(Worksheet data, ImportColumn column) {
        return data.range(1, column.ordinal(), PREPARED_ROWS, column.ordinal());
    }

    private static ListDataValidation choose(Worksheet data, Worksheet lists, ImportColumn column,
            int at, List<String> values, String hint) {
        return SpreadsheetTemplate.dropDown(data, column.ordinal(), lists, at, column.zh(), values, hint);
    }

    private static void writeNotes(Worksheet notes) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"列", "说明", "Column", "Notes"});
        lines.add(new String[] {"", "第 2 行是示例，可以原样导入本执法主体试用；正式导入前请改写或删除。整个文件全部校验通过才会导入。",
            "", "Row 2 is an example that imports into this agency as it is; change or delete it before a real "
                + "import. A file is imported only if every row is valid."});
        for (ImportColumn c : ImportColumn.values()) {
            String[] note = NOTES.get(c);
            lines.add(new String[] {c.zh(), note[0], c.en(), note[1]});
        }
        SpreadsheetTemplate.notes(notes, lines);
    }
}
