package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.rules.CatalogRules;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.catalog.internal.version.CatalogVersionRepository;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.SpreadsheetTemplate;
import org.sanxiang.platform.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An agency's lists as a file: what was in force on a day (by default today), or each item's newest version
 * whatever its state (what the workbench lists), as a workbook of every list (.xlsx), one list's table (CSV) or
 * the JSON format; and the agency's import template. The workbook and the JSON import again.
 */
@Service
@Transactional(readOnly = true)
public class CatalogExport {

    public enum Format { XLSX, CSV, JSON }

    private final CatalogService catalog;
    private final CatalogQueries queries;
    private final CatalogVersionRepository versions;
    private final CatalogRules rules;
    private final MessageSource messages;

    CatalogExport(CatalogService catalog, CatalogQueries queries, CatalogVersionRepository versions,
            CatalogRules rules, MessageSource messages) {
        this.catalog = catalog;
        this.queries = queries;
        this.versions = versions;
        this.rules = rules;
        this.messages = messages;
    }

    /**
     * @param format xlsx, csv or json
     * @param list   the list of a CSV table (its path, e.g. {@code powers}); a workbook and JSON hold every list
     * @param date   the day in force, {@code null} for today
     * @param latest each item's newest version instead of those in force
     */
    public ResponseEntity<StreamingResponseBody> export(CurrentUser user, long agencyId, String format, String list,
            LocalDate date, boolean latest) {
        catalog.requireVisible(user, agencyId);
        Format f = format(format);
        LocalDate day = latest ? null : date == null ? catalog.today() : date;
        List<CatalogVersion> chosen = Arrays.stream(CatalogList.values()).flatMap(l -> (latest
                ? queries.latest(agencyId, l) : versions.inForce(l, day, new CatalogVersionRepository.Filter(
                        agencyId, null, null, null), PageRequest.of(0, TableExport.MAX_ROWS)).getContent()).stream())
                .toList();
        String agency = queries.agencyName(agencyId);
        String name = "事前公开清单-" + agency + "-" + (latest ? "最新版本" : day + "有效");
        return switch (f) {
            case JSON -> SpreadsheetTemplate.download(name + ".json", MediaType.APPLICATION_JSON,
                    out -> out.write(CatalogJsonFile.write(agency, day, chosen)));
            case XLSX -> SpreadsheetTemplate.download(name + ".xlsx", SpreadsheetTemplate.XLSX,
                    out -> CatalogWorkbook.write(frame(agencyId, agency), chosen, out));
            case CSV -> {
                CatalogList table = PublicCatalogApi.list(Objects.requireNonNullElse(list, ""));
                yield TableExport.response(TableExport.Format.CSV, name + "-" + CatalogSheets.sheet(table),
                        CatalogWorkbook.csvHeader(table), CatalogWorkbook.csvRows(chosen, table,
                                frame(agencyId, agency)));
            }
        };
    }

    /** The agency's empty workbook, its name filled in, with its choices. */
    public ResponseEntity<StreamingResponseBody> template(CurrentUser user, long agencyId) {
        catalog.requireVisible(user, agencyId);
        String agency = queries.agencyName(agencyId);
        return SpreadsheetTemplate.download("事前公开清单导入模板-" + agency + ".xlsx", SpreadsheetTemplate.XLSX,
                out -> CatalogWorkbook.write(frame(agencyId, agency), List.of(), out));
    }

    private CatalogWorkbook.Frame frame(long agencyId, String agency) {
        List<String> units = Arrays.stream(CatalogList.values()).filter(l -> l.unitField() != null)
                .flatMap(l -> queries.latest(agencyId, l).stream()).map(CatalogVersion::getUnit)
                .filter(Objects::nonNull).distinct().sorted().toList();
        return new CatalogWorkbook.Frame(agency, rules.categories(), units,
                v -> TableExport.zh(messages, "catalog.state.", v.getState()));
    }

    private static Format format(String format) {
        try {
            return Format.valueOf(String.valueOf(format).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("导出格式须为 xlsx、csv 或 json", "Export format must be xlsx, csv or json");
        }
    }
}
