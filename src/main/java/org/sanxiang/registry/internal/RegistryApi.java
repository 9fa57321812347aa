package org.sanxiang.registry.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageResult;
import org.sanxiang.registry.EnforcementAuthority;
import org.sanxiang.registry.internal.agency.AgencyForm;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.AgencyView;
import org.sanxiang.registry.internal.agency.UnitForm;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.credential.StatusChangeForm;
import org.sanxiang.registry.internal.credential.StatusHistoryLine;
import org.sanxiang.registry.internal.importing.OfficerImport;
import org.sanxiang.registry.internal.legalstaff.LegalStaffForm;
import org.sanxiang.registry.internal.legalstaff.LegalStaffView;
import org.sanxiang.registry.ReviewerIndicator;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.sanxiang.registry.internal.officer.OfficerUpdate;
import org.sanxiang.registry.internal.officer.OfficerView;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The registry API for signed-in users: everyone reads within their scope; administrators change.
 */
@RestController
@RequestMapping("/api/v1/registry")
class RegistryApi {

    private final RegistryService registry;
    private final RegistryQueries queries;
    private final AgencyScopeService scope;
    private final OfficerImport officerImport;
    private final RegistryExports exports;
    private final OfficerAccounts accounts;

    RegistryApi(RegistryService registry, RegistryQueries queries, AgencyScopeService scope,
            OfficerImport officerImport, RegistryExports exports, OfficerAccounts accounts) {
        this.registry = registry;
        this.queries = queries;
        this.scope = scope;
        this.officerImport = officerImport;
        this.exports = exports;
        this.accounts = accounts;
    }

    /** The workbench account an officer signs in with ({@code username} blank: none). */
    record AccountLink(String username) {
    }

    record Created(long id) {
    }

    // ---- agencies -------------------------------------------------------------------------------------------

    @GetMapping("/agencies")
    PageResult<AgencyView> agencies(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String domain, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(queries.agencies(scope.visibleTo(user), q, domain,
                PageResult.request(page, size)), a -> a);
    }

    @GetMapping("/agencies/export")
    ResponseEntity<StreamingResponseBody> exportAgencies(CurrentUser user,
            @RequestParam(defaultValue = "csv") String format) {
        return exports.agencies(user, format);
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Created registerAgency(CurrentUser user, @Valid @RequestBody AgencyForm form) {
        return new Created(registry.registerAgency(user, form));
    }

    @GetMapping("/agencies/{id}")
    AgencyView agency(CurrentUser user, @PathVariable long id) {
        scope.requireVisible(user, id);
        return queries.agency(id);
    }

    @PutMapping("/agencies/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AgencyView updateAgency(CurrentUser user, @PathVariable long id, @Valid @RequestBody AgencyForm form) {
        registry.updateAgency(user, id, form);
        return queries.agency(id);
    }

    @GetMapping("/agencies/{id}/units")
    List<Map<String, Object>> units(CurrentUser user, @PathVariable long id) {
        scope.requireVisible(user, id);
        return queries.units(id).stream().map(RegistryApi::unitView).toList();
    }

    @GetMapping("/agencies/{id}/units/export")
    ResponseEntity<StreamingResponseBody> exportUnits(CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format) {
        return exports.units(user, id, format);
    }

    private static Map<String, Object> unitView(AgencyUnit u) {
        return Map.of("id", u.getId(), "name", u.getName(), "kind", u.getKind(), "version", u.getVersion());
    }

    @PostMapping("/agencies/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Created addUnit(CurrentUser user, @PathVariable long id, @Valid @RequestBody UnitForm form) {
        return new Created(registry.addUnit(user, id, form));
    }

    /** Renames a unit or changes its kind; send the version read. */
    @PutMapping("/units/{unitId}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> updateUnit(CurrentUser user, @PathVariable long unitId, @Valid @RequestBody UnitForm form) {
        registry.updateUnit(user, unitId, form);
        return unitView(registry.visibleUnit(user, unitId));
    }

    @GetMapping("/agencies/{id}/indicator")
    ReviewerIndicator indicator(CurrentUser user, @PathVariable long id) {
        scope.requireVisible(user, id);
        return queries.indicator(id);
    }

    @GetMapping("/agencies/{id}/legal-staff")
    List<LegalStaffView> legalStaff(CurrentUser user, @PathVariable long id) {
        scope.requireVisible(user, id);
        return queries.legalStaff(id).stream().map(LegalStaffView::of).toList();
    }

    @GetMapping("/agencies/{id}/legal-staff/export")
    ResponseEntity<StreamingResponseBody> exportLegalStaff(CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format) {
        return exports.legalStaff(user, id, format);
    }

    @PostMapping("/agencies/{id}/legal-staff")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Created addLegalStaff(CurrentUser user, @PathVariable long id, @Valid @RequestBody LegalStaffForm form) {
        return new Created(registry.addLegalStaff(user, id, form));
    }

    /** Corrects a legal staff record, or marks her as having left her post ({@code active: false}). */
    @PutMapping("/legal-staff/{staffId}")
    @PreAuthorize("hasRole('ADMIN')")
    LegalStaffView updateLegalStaff(CurrentUser user,
            @PathVariable long staffId, @Valid @RequestBody LegalStaffForm form) {
        registry.updateLegalStaff(user, staffId, form);
        return LegalStaffView.of(registry.visibleLegalStaff(user, staffId));
    }

    // ---- officers and credentials ---------------------------------------------------------------------------

    @GetMapping("/officers")
    PageResult<OfficerView> officers(CurrentUser user, @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(queries.officers(scope.visibleTo(user), agencyId, name, false,
                PageResult.request(page, size)), o -> o);
    }

    @GetMapping("/officers/export")
    ResponseEntity<StreamingResponseBody> exportOfficers(CurrentUser user,
            @RequestParam(required = false) Long agencyId,
            @RequestParam(defaultValue = "csv") String format) {
        return exports.officers(user, agencyId, format);
    }

    @PostMapping("/agencies/{id}/officers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Created registerOfficer(CurrentUser user, @PathVariable long id, @Valid @RequestBody OfficerForm form) {
        return new Created(registry.registerOfficer(user, id, form));
    }

    @PostMapping("/agencies/{id}/officers/import")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<OfficerImport.Report> importOfficers(CurrentUser user, @PathVariable long id,
            @RequestParam("file") MultipartFile file) throws IOException {
        OfficerImport.Report report = officerImport.importFile(user, id, file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.status(!report.imported() ? HttpStatus.UNPROCESSABLE_ENTITY
                        : report.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(report);
    }

    @GetMapping("/officers/{id}")
    OfficerView officer(CurrentUser user, @PathVariable long id) {
        registry.visibleOfficer(user, id);
        return queries.officer(id);
    }

    @PutMapping("/officers/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    OfficerView updateOfficer(CurrentUser user, @PathVariable long id, @Valid @RequestBody OfficerUpdate form) {
        registry.updateOfficer(user, id, form);
        return queries.officer(id);
    }

    @PutMapping("/officers/{id}/account")
    @PreAuthorize("hasRole('ADMIN')")
    OfficerView linkAccount(CurrentUser user, @PathVariable long id, @RequestBody AccountLink link) {
        accounts.link(user, id, link.username());
        return queries.officer(id);
    }

    @PostMapping("/officers/{id}/credentials")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Created issueCredential(CurrentUser user, @PathVariable long id, @Valid @RequestBody CredentialForm form) {
        return new Created(registry.issueCredential(user, id, form));
    }

    @PostMapping("/credentials/{id}/status")
    @PreAuthorize("hasRole('ADMIN')")
    List<StatusHistoryLine> changeStatus(CurrentUser user,
            @PathVariable long id, @Valid @RequestBody StatusChangeForm form) {
        registry.changeCredentialStatus(user, id, form);
        return queries.history(id);
    }

    /** "May this officer act in this domain (and area) on this date?", with every refusal when not. */
    @GetMapping("/authority")
    EnforcementAuthority.Decision authority(CurrentUser user, @RequestParam long officerId, @RequestParam String domain,
            @RequestParam(required = false) String area, @RequestParam(required = false) LocalDate date) {
        registry.visibleOfficer(user, officerId);
        return queries.mayAct(officerId, domain, area, date == null ? queries.today() : date);
    }
}
