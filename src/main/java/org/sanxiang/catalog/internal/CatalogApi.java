package org.sanxiang.catalog.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.internal.item.ItemContent;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * The workbench's API for the lists' lifecycle. Drafting, submitting, publishing and repealing are for the
 * agency's administrators and disclosure administrators; the review's rules say who reviews. A refused step is a
 * problem listing every refusal.
 */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogApi {

    static final String EDITORS = "hasAnyRole('ADMIN', 'DISCLOSURE_ADMIN')";

    private final CatalogService catalog;
    private final CatalogImport imports;
    private final CatalogExport exports;
    private final CatalogQueries queries;

    CatalogApi(CatalogService catalog, CatalogImport imports, CatalogExport exports, CatalogQueries queries) {
        this.catalog = catalog;
        this.imports = imports;
        this.exports = exports;
        this.queries = queries;
    }

    /** What a step asks for: the reasons of a return or repeal, the opinion of a pass, the date of force. */
    record StepRequest(String reason, LocalDate effectiveFrom) {
    }

    /** A version with what each step would be refused for, for this user, today. */
    record VersionView(PublicItem item, String draftedBy, String reviewedBy, String reviewNote,
            Map<String, List<Refusal>> steps) {
    }

    @PostMapping("/agencies/{agencyId}/{list}")
    @PreAuthorize(EDITORS)
    ResponseEntity<Map<String, Long>> draft(CurrentUser user, @PathVariable long agencyId, @PathVariable String list,
            @RequestBody JsonNode item, @RequestParam(required = false) LocalDate effectiveFrom) {
        long id = catalog.draft(user, agencyId, ItemContent.of(PublicCatalogApi.list(list), item), effectiveFrom);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @PostMapping("/versions/{id}/amend")
    @PreAuthorize(EDITORS)
    ResponseEntity<Map<String, Long>> amend(CurrentUser user, @PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", catalog.amend(user, id)));
    }

    @PutMapping("/versions/{id}")
    @PreAuthorize(EDITORS)
    VersionView edit(CurrentUser user, @PathVariable long id, @RequestBody JsonNode item,
            @RequestParam(required = false) LocalDate effectiveFrom) {
        catalog.edit(user, id, ItemContent.of(catalog.visible(user, id).getList(), item), effectiveFrom);
        return view(user, id);
    }

    @GetMapping("/versions/{id}")
    VersionView view(CurrentUser user, @PathVariable long id) {
        CatalogVersion version = catalog.visible(user, id);
        Map<String, List<Refusal>> steps = new LinkedHashMap<>();
        catalog.steps(user, version).forEach((step, refusals) -> steps.put(step.name().toLowerCase(), refusals));
        return new VersionView(PublicItem.of(version, queries.agencyName(version.getAgencyId())),
                version.getDraftedBy(), version.getReviewedBy(), version.getReviewNote(), steps);
    }

    /** {@code step}: submit, pass, return, publish or repeal. */
    @PostMapping("/versions/{id}/{step}")
    VersionView step(CurrentUser user, @PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) StepRequest request) {
        StepRequest r = request == null ? new StepRequest(null, null) : request;
        CatalogApiSteps.run(catalog, user, id, step, r.reason(), r.effectiveFrom());
        return view(user, id);
    }

    /** A JSON file in the body, or a workbook (.xlsx, known by its content). */
    @PostMapping(value = "/agencies/{agencyId}/import")
    @PreAuthorize(EDITORS)
    ResponseEntity<CatalogImport.Report> importFile(CurrentUser user, @PathVariable long agencyId,
            @RequestBody byte[] file) {
        CatalogImport.Report report = imports.importFile(user, agencyId, file);
        return ResponseEntity.status(report.imported() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    /**
     * What was in force on {@code date} (today by default), or with {@code latest} each item's newest version, as
     * xlsx (every list), csv (the {@code list}) or json.
     */
    @GetMapping("/agencies/{agencyId}/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @PathVariable long agencyId,
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String list,
            @RequestParam(required = false) LocalDate date, @RequestParam(defaultValue = "false") boolean latest) {
        return exports.export(user, agencyId, format, list, date, latest);
    }

    @GetMapping("/agencies/{agencyId}/template")
    @PreAuthorize(EDITORS)
    ResponseEntity<StreamingResponseBody> template(CurrentUser user, @PathVariable long agencyId) {
        return exports.template(user, agencyId);
    }

    static void requireEditor(CurrentUser user, Runnable step) {
        if (!user.has(org.sanxiang.platform.Role.ADMIN) && !user.has(org.sanxiang.platform.Role.DISCLOSURE_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("editors only");
        }
        step.run();
    }

}
