package org.sanxiang.registry.internal;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.PageResult;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.internal.credential.CredentialForm;
import org.sanxiang.registry.internal.credential.CredentialView;
import org.sanxiang.registry.internal.credential.StatusChangeForm;
import org.sanxiang.registry.internal.officer.OfficerForm;
import org.sanxiang.registry.internal.officer.OfficerUpdate;
import org.sanxiang.registry.internal.officer.OfficerView;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workbench pages of officers: list, register, edit, photo, credentials and their status. */
@Controller
@RequestMapping("/workbench/registry/officers")
class OfficerPages {

    private final RegistryService registry;
    private final RegistryQueries queries;
    private final AgencyScopeService scope;
    private final RegistryExports exports;
    private final OfficerAccounts accounts;

    OfficerPages(RegistryService registry, RegistryQueries queries, AgencyScopeService scope,
            RegistryExports exports, OfficerAccounts accounts) {
        this.registry = registry;
        this.queries = queries;
        this.scope = scope;
        this.exports = exports;
        this.accounts = accounts;
    }

    @GetMapping
    String list(CurrentUser user,
            @RequestParam(required = false) Long agencyId, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("officers", PageResult.of(queries.officers(scope.visibleTo(user), agencyId, name,
                false, PageResult.request(page, 25)), o -> o));
        model.addAttribute("agencies", queries.allAgencies(scope.visibleTo(user)));
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("name", name);
        return "registry/officers";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) Long agencyId,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.officers(user, agencyId, format);
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newOfficer(CurrentUser user, @RequestParam long agencyId, Model model) {
        registry.visibleAgency(user, agencyId);
        return form(agencyId, new OfficerForm("", "", null, "", List.of(), ""), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String register(CurrentUser user, @RequestParam long agencyId, @Valid @ModelAttribute("form") OfficerForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return PageCommand.created(errors, () -> registry.registerOfficer(user, agencyId, form),
                id -> "/workbench/registry/officers/" + id, redirect, () -> form(agencyId, form, model));
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        registry.visibleOfficer(user, id);
        OfficerView officer = queries.officer(id);
        model.addAttribute("officer", officer);
        model.addAttribute("account", queries.officerEntity(id).getAccountUsername());
        model.addAttribute("units", queries.units(officer.agencyId()));
        model.addAttribute("histories", officer.credentials().stream()
                .collect(java.util.stream.Collectors.toMap(CredentialView::id, c -> queries.history(c.id()))));
        return "registry/officer";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(CurrentUser user, @PathVariable long id, @Valid OfficerUpdate form, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/registry/officers/" + id, "saved", true,
                () -> registry.updateOfficer(user, id, form));
    }

    @PostMapping("/{id}/photo")
    @PreAuthorize("hasRole('ADMIN')")
    String photo(CurrentUser user,
            @PathVariable long id, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect)
            throws IOException {
        byte[] bytes = photo.getBytes();
        return PageCommand.run(redirect, "/workbench/registry/officers/" + id, "saved", true,
                () -> registry.setPhoto(user, id, photo.getContentType(), bytes));
    }

    @PostMapping("/{id}/account")
    @PreAuthorize("hasRole('ADMIN')")
    String linkAccount(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/registry/officers/" + id, "saved", true,
                () -> accounts.link(user, id, username));
    }

    @PostMapping("/{id}/id-number")
    @PreAuthorize("hasRole('ADMIN')")
    String revealIdNumber(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("idNumber", registry.revealIdNumber(user, id));
        return "redirect:/workbench/registry/officers/" + id;
    }

    @PostMapping("/{id}/credentials")
    @PreAuthorize("hasRole('ADMIN')")
    String issue(CurrentUser user, @PathVariable long id, @Valid CredentialForm form, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/registry/officers/" + id + "#credentials", "saved", true,
                () -> registry.issueCredential(user, id, form));
    }

    @PostMapping("/{id}/credentials/{credentialId}/status")
    @PreAuthorize("hasRole('ADMIN')")
    String changeStatus(CurrentUser user,
            @PathVariable long id, @PathVariable long credentialId, @Valid StatusChangeForm form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/registry/officers/" + id + "#credentials", "saved", true,
                () -> registry.changeCredentialStatus(user, credentialId, form));
    }

    private String form(long agencyId, OfficerForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agency", queries.agency(agencyId));
        model.addAttribute("units", queries.units(agencyId));
        return "registry/officer-form";
    }
}
