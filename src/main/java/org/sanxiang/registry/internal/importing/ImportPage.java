package org.sanxiang.registry.internal.importing;

import java.io.IOException;
import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.TableExport;
import org.sanxiang.registry.internal.AgencyScopeService;
import org.sanxiang.registry.internal.RegistryQueries;
import org.sanxiang.registry.internal.RegistryService;
import org.sanxiang.registry.internal.agency.AgencyUnitRepository;
import org.sanxiang.registry.internal.agency.AgencyView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The page on which an administrator imports officers and credentials from Excel or CSV into one agency: she
 * chooses the agency, downloads its template (or exports its list), and uploads the file.
 */
@Controller
@RequestMapping("/workbench/registry/import")
@PreAuthorize("hasRole('ADMIN')")
public class ImportPage {

    private final OfficerImport officerImport;
    private final ImportTemplate template;
    private final RegistryService registry;
    private final RegistryQueries queries;
    private final AgencyUnitRepository units;
    private final AgencyScopeService scope;

    ImportPage(OfficerImport officerImport, ImportTemplate template, RegistryService registry,
            RegistryQueries queries, AgencyUnitRepository units, AgencyScopeService scope) {
        this.officerImport = officerImport;
        this.template = template;
        this.registry = registry;
        this.queries = queries;
        this.units = units;
        this.scope = scope;
    }

    /** @param agencyId the agency chosen; the only one the administrator sees is chosen for her */
    @GetMapping
    String page(CurrentUser user, @RequestParam(required = false) Long agencyId, Model model) {
        List<AgencyView> agencies = queries.allAgencies(scope.visibleTo(user));
        Long chosen = agencyId == null && agencies.size() == 1 ? Long.valueOf(agencies.get(0).id()) : agencyId;
        if (chosen != null) {
            registry.visibleAgency(user, chosen);
            model.addAttribute("agency", queries.agency(chosen));
            model.addAttribute("units", units.findByAgencyIdOrderByName(chosen));
        }
        model.addAttribute("agencies", agencies);
        model.addAttribute("agencyId", chosen);
        model.addAttribute("columns", ImportColumn.values());
        model.addAttribute("maxListed", OfficerImport.MAX_REPORTED_ERRORS);
        return "registry/import";
    }

    @PostMapping
    String upload(CurrentUser user, @RequestParam long agencyId, @RequestParam("file") MultipartFile file,
            Model model) throws IOException {
        model.addAttribute("report", officerImport.importFile(user, agencyId,
                file.getOriginalFilename(), file.getBytes()));
        return page(user, agencyId, model);
    }

    @GetMapping("/template")
    ResponseEntity<StreamingResponseBody> template(CurrentUser user, @RequestParam long agencyId,
            @RequestParam(defaultValue = "xlsx") String format) {
        TableExport.Format f = TableExport.Format.of(format);
        registry.visibleAgency(user, agencyId);
        return template.download(queries.agency(agencyId), units.findByAgencyIdOrderByName(agencyId), f);
    }
}
