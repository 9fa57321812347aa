package org.sanxiang.registry.internal;

import java.util.Set;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.Role;
import org.sanxiang.registry.internal.agency.Agency;
import org.sanxiang.registry.internal.agency.AgencyForm;
import org.sanxiang.registry.internal.agency.AgencyUnit;
import org.sanxiang.registry.internal.agency.UnitForm;
import org.sanxiang.registry.internal.legalstaff.LegalStaff;
import org.sanxiang.registry.internal.legalstaff.LegalStaffForm;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workbench pages of agencies: list, register, edit, units, legal staff and the reviewer indicator. */
@Controller
@RequestMapping("/workbench/registry/agencies")
class AgencyPages {

    private final RegistryService registry;
    private final RegistryQueries queries;
    private final AgencyScopeService scope;
    private final RegistryExports exports;

    AgencyPages(RegistryService registry, RegistryQueries queries, AgencyScopeService scope,
            RegistryExports exports) {
        this.registry = registry;
        this.queries = queries;
        this.scope = scope;
        this.exports = exports;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("agencies", PageResult.of(queries.agencies(scope.visibleTo(user), q,
                null, PageResult.request(page, 20)), a -> a));
        model.addAttribute("q", q);
        return "registry/agencies";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.agencies(user, format);
    }

    @GetMapping("/{id}/units/export")
    ResponseEntity<StreamingResponseBody> exportUnits(CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.units(user, id, format);
    }

    @GetMapping("/{id}/legal-staff/export")
    ResponseEntity<StreamingResponseBody> exportLegalStaff(CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.legalStaff(user, id, format);
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newAgency(CurrentUser user, @RequestParam(required = false) Long parentId, Model model) {
        AgencyForm empty = AgencyForm.empty();
        return form(user, new AgencyForm(empty.name(), empty.uscc(), empty.level(), empty.domain(), empty.kind(),
                parentId, null, null, null, null, null, null), null, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String register(CurrentUser user, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return PageCommand.created(errors, () -> registry.registerAgency(user, form),
                id -> "/workbench/registry/agencies/" + id, redirect, () -> form(user, form, null, model));
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        registry.visibleAgency(user, id);
        model.addAttribute("agency", queries.agency(id));
        model.addAttribute("units", queries.units(id));
        model.addAttribute("staff", queries.legalStaff(id));
        model.addAttribute("indicator", queries.indicator(id));
        model.addAttribute("unitKinds", AgencyUnit.Kind.values());
        model.addAttribute("staffKinds", LegalStaff.Kind.values());
        model.addAttribute("unitForm", new UnitForm(null, AgencyUnit.Kind.ENFORCEMENT, null));
        model.addAttribute("staffForm", new LegalStaffForm(null, LegalStaff.Kind.LEGAL_REVIEWER, null, null, null,
                null, null, true, null));
        return "registry/agency";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        return form(user, registry.visibleAgency(user, id).toForm(), id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return PageCommand.changed(errors, () -> registry.updateAgency(user, id, form),
                "/workbench/registry/agencies/" + id, redirect, () -> form(user, form, id, model));
    }

    @PostMapping("/{id}/units")
    @PreAuthorize("hasRole('ADMIN')")
    String addUnit(CurrentUser user, @PathVariable long id, @Valid UnitForm form, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/registry/agencies/" + id + "#units", "saved", true,
                () -> registry.addUnit(user, id, form));
    }

    @PostMapping("/{id}/legal-staff")
    @PreAuthorize("hasRole('ADMIN')")
    String addLegalStaff(CurrentUser user, @PathVariable long id, @Valid LegalStaffForm form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/registry/agencies/" + id + "#staff", "saved", true,
                () -> registry.addLegalStaff(user, id, form));
    }

    @GetMapping("/{id}/units/{unitId}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editUnit(CurrentUser user, @PathVariable long id, @PathVariable long unitId, Model model) {
        return unitForm(unitOf(user, id, unitId).toForm(), id, unitId, model);
    }

    @PostMapping("/{id}/units/{unitId}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String updateUnit(CurrentUser user, @PathVariable long id, @PathVariable long unitId,
            @Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        unitOf(user, id, unitId);
        return PageCommand.changed(errors, () -> registry.updateUnit(user, unitId, form),
                "/workbench/registry/agencies/" + id + "#units", redirect, () -> unitForm(form, id, unitId, model));
    }

    /** The unit, if the user may see it and it belongs to the agency of the page's address. */
    private AgencyUnit unitOf(CurrentUser user, long agencyId, long unitId) {
        AgencyUnit unit = registry.visibleUnit(user, unitId);
        if (unit.getAgencyId() != agencyId) {
            throw new NotFoundException("内设机构不存在", "No such unit");
        }
        return unit;
    }

    private String unitForm(UnitForm form, long agencyId, long unitId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("unitKinds", AgencyUnit.Kind.values());
        return "registry/unit-form";
    }

    @GetMapping("/{id}/legal-staff/{staffId}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editLegalStaff(CurrentUser user, @PathVariable long id, @PathVariable long staffId, Model model) {
        return staffForm(staffOf(user, id, staffId).toForm(), id, staffId, model);
    }

    @PostMapping("/{id}/legal-staff/{staffId}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String updateLegalStaff(CurrentUser user, @PathVariable long id, @PathVariable long staffId,
            @Valid @ModelAttribute("form") LegalStaffForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        staffOf(user, id, staffId);
        return PageCommand.changed(errors, () -> registry.updateLegalStaff(user, staffId, form),
                "/workbench/registry/agencies/" + id + "#staff", redirect, () -> staffForm(form, id, staffId, model));
    }

    /** The legal staff member, if the user may see her and she belongs to the agency of the page's address. */
    private LegalStaff staffOf(CurrentUser user, long agencyId, long staffId) {
        LegalStaff staff = registry.visibleLegalStaff(user, staffId);
        if (staff.getAgencyId() != agencyId) {
            throw new NotFoundException("法制审核人员不存在", "No such legal staff member");
        }
        return staff;
    }

    private String staffForm(LegalStaffForm form, long agencyId, long staffId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("staffId", staffId);
        model.addAttribute("units", queries.units(agencyId));
        model.addAttribute("staffKinds", LegalStaff.Kind.values());
        return "registry/legal-staff-form";
    }

    private String form(CurrentUser user, AgencyForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("parents", queries.allAgencies(scope.visibleTo(user)));
        model.addAttribute("levels", Agency.Level.values());
        model.addAttribute("kinds", Agency.Kind.values());
        return "registry/agency-form";
    }

    @Bean
    static MenuItem agencyAdminMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "registry.menu.manageAgencies", "/workbench/registry/agencies",
                10, Set.of());
    }

    @Bean
    static MenuItem officerAdminMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "registry.menu.officers", "/workbench/registry/officers", 20,
                Set.of());
    }

    @Bean
    static MenuItem importMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "registry.menu.import", "/workbench/registry/import", 30,
                Set.of(Role.ADMIN));
    }
}
