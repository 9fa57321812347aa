package org.sanxiang.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.catalog.CatalogList;
import org.sanxiang.catalog.internal.item.ListFields;
import org.sanxiang.catalog.internal.rules.CatalogRules;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.rule.Refusal;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Workbench pages of the lists: each agency's list with its items' states, the draft form (a violation with its
 * bands), a version's page with its steps (each offered or disabled with the rule that blocks it) and the import.
 */
@Controller
@RequestMapping("/workbench/catalog")
class CatalogPages {

    private final CatalogService catalog;
    private final CatalogQueries queries;
    private final CatalogImport imports;
    private final CatalogExport exports;
    private final AgencyDirectory agencies;
    private final CatalogRules rules;

    CatalogPages(CatalogService catalog, CatalogQueries queries, CatalogImport imports, CatalogExport exports,
            AgencyDirectory agencies, CatalogRules rules) {
        this.catalog = catalog;
        this.queries = queries;
        this.imports = imports;
        this.exports = exports;
        this.agencies = agencies;
        this.rules = rules;
    }

    @Bean
    static MenuItem catalogMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "catalog.menu", "/workbench/catalog", 30,
                Set.of(Role.ADMIN, Role.DISCLOSURE_ADMIN, Role.LEGAL_REVIEWER, Role.AGENCY_HEAD, Role.SUPERVISOR));
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Long agency,
            @RequestParam(defaultValue = "powers") String list, Model model) {
        List<AgencyDirectory.Agency> visible = agencies.visibleTo(user);
        Long chosen = agency != null ? agency : user.agencyId() != null ? user.agencyId()
                : visible.isEmpty() ? null : visible.get(0).id();
        CatalogList catalogList = PublicCatalogApi.list(list);
        model.addAttribute("agencies", visible);
        model.addAttribute("agencyId", chosen);
        model.addAttribute("list", catalogList);
        model.addAttribute("lists", CatalogList.values());
        if (chosen != null) {
            catalog.requireVisible(user, chosen);
            model.addAttribute("items", queries.latest(chosen, catalogList));
        }
        return "catalog/workbench-list";
    }

    @GetMapping("/new")
    @PreAuthorize(CatalogApi.EDITORS)
    String newItem(CurrentUser user, @RequestParam long agency, @RequestParam String list, Model model) {
        catalog.requireVisible(user, agency);
        return form(model, agency, PublicCatalogApi.list(list), ItemForm.empty(PublicCatalogApi.list(list)), null);
    }

    @PostMapping("/new")
    @PreAuthorize(CatalogApi.EDITORS)
    String create(CurrentUser user, @RequestParam long agency, @RequestParam String list,
            @ModelAttribute("form") ItemForm form, BindingResult errors, RedirectAttributes redirect, Model model) {
        CatalogList catalogList = PublicCatalogApi.list(list);
        return PageCommand.created(errors, () -> catalog.draft(user, agency, form.toContent(catalogList, null),
                form.getEffectiveFrom()), id -> "/workbench/catalog/versions/" + id, redirect,
                () -> form(model, agency, catalogList, form, null));
    }

    @GetMapping("/versions/{id}/edit")
    @PreAuthorize(CatalogApi.EDITORS)
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        CatalogVersion version = catalog.visible(user, id);
        return form(model, version.getAgencyId(), version.getList(), ItemForm.of(version.item(),
                version.getEffectiveFrom()), version);
    }

    @PostMapping("/versions/{id}/edit")
    @PreAuthorize(CatalogApi.EDITORS)
    String update(CurrentUser user, @PathVariable long id, @ModelAttribute("form") ItemForm form,
            BindingResult errors, RedirectAttributes redirect, Model model) {
        CatalogVersion version = catalog.visible(user, id);
        return PageCommand.changed(errors, () -> catalog.edit(user, id, form.toContent(version.getList(),
                version.item()), form.getEffectiveFrom()), "/workbench/catalog/versions/" + id, redirect,
                () -> form(model, version.getAgencyId(), version.getList(), form, version));
    }

    @GetMapping("/versions/{id}")
    String version(CurrentUser user, @PathVariable long id, Model model) {
        CatalogVersion version = catalog.visible(user, id);
        model.addAttribute("version", version);
        model.addAttribute("item", version.item());
        model.addAttribute("fields", ListFields.of(version.getList()));
        model.addAttribute("agencyName", queries.agencyName(version.getAgencyId()));
        // by the step's name: the template looks them up by name
        Map<String, List<Refusal>> steps = new LinkedHashMap<>();
        catalog.steps(user, version).forEach((step, refusals) -> steps.put(step.name(), refusals));
        model.addAttribute("steps", steps);
        model.addAttribute("history", queries.allVersions(version.getAgencyId(), version.getList()).stream()
                .filter(v -> v.getCode().equals(version.getCode())).toList());
        model.addAttribute("today", catalog.today());
        model.addAttribute("editor", user.has(Role.ADMIN) || user.has(Role.DISCLOSURE_ADMIN));
        return "catalog/workbench-version";
    }

    @PostMapping("/versions/{id}/{step}")
    String step(CurrentUser user, @PathVariable long id, @PathVariable String step,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate date,
            RedirectAttributes redirect) {
        String page = "/workbench/catalog/versions/" + id;
        if ("amend".equals(step)) {
            long[] next = {id};
            String back = PageCommand.run(redirect, page, "done", step,
                    () -> next[0] = CatalogApiSteps.amend(catalog, user, id));
            return next[0] == id ? back : "redirect:/workbench/catalog/versions/" + next[0] + "/edit";
        }
        return PageCommand.run(redirect, page, "done", step, () -> CatalogApiSteps.run(catalog, user, id, step,
                reason, date));
    }

    /** Template, export and import of the agency's lists. */
    @GetMapping("/import")
    @PreAuthorize(CatalogApi.EDITORS)
    String importPage(CurrentUser user, @RequestParam(required = false) Long agency, Model model) {
        List<AgencyDirectory.Agency> visible = agencies.visibleTo(user);
        Long chosen = agency != null ? agency : user.agencyId() != null ? user.agencyId()
                : visible.isEmpty() ? null : visible.get(0).id();
        if (chosen != null) {
            catalog.requireVisible(user, chosen);
        }
        model.addAttribute("agencies", visible);
        model.addAttribute("agencyId", chosen);
        model.addAttribute("lists", CatalogList.values());
        model.addAttribute("today", catalog.today());
        return "catalog/workbench-import";
    }

    @PostMapping("/import")
    @PreAuthorize(CatalogApi.EDITORS)
    String importFile(CurrentUser user, @RequestParam long agency, @RequestParam MultipartFile file, Model model)
            throws java.io.IOException {
        try {
            model.addAttribute("report", imports.importFile(user, agency, file.getOriginalFilename(),
                    file.getBytes()));
        } catch (org.sanxiang.platform.SanxiangException e) {
            model.addAttribute("refusedZh", e.zh());
            model.addAttribute("refusedEn", e.en());
        }
        return importPage(user, agency, model);
    }

    @GetMapping("/template")
    @PreAuthorize(CatalogApi.EDITORS)
    ResponseEntity<StreamingResponseBody> template(CurrentUser user, @RequestParam long agency) {
        return exports.template(user, agency);
    }

    /** The same choices as the API's export. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam long agency,
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String list,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate date,
            @RequestParam(defaultValue = "false") boolean latest) {
        return exports.export(user, agency, format, list, date, latest);
    }

    private String form(Model model, long agency, CatalogList list, ItemForm form, CatalogVersion version) {
        model.addAttribute("form", form);
        model.addAttribute("agencyId", agency);
        model.addAttribute("agencyName", queries.agencyName(agency));
        model.addAttribute("list", list);
        model.addAttribute("fields", ListFields.of(list));
        model.addAttribute("categories", rules.categories());
        model.addAttribute("version", version);
        return "catalog/workbench-form";
    }
}
