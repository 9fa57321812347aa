package org.sanxiang.registry.internal.importing;

import java.io.IOException;
import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.TableExport;
import org.sanxiang.registry.internal.AgencyScopeService;
import org.sanxiang.registry.internal.RegistryQueries;
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

/** The page on which an administrator imports officers and credentials from Excel or CSV. */
@Controller
@RequestMapping("/workbench/registry/import")
@PreAuthorize("hasRole('ADMIN')")
public class ImportPage {

    private final OfficerImport officerImport;
    private final RegistryQueries queries;
    private final AgencyScopeService scope;

    ImportPage(OfficerImport officerImport, RegistryQueries queries, AgencyScopeService scope) {
        this.officerImport = officerImport;
        this.queries = queries;
        this.scope = scope;
    }

    @GetMapping
    String page(CurrentUser user, Model model) {
        model.addAttribute("agencies", queries.allAgencies(scope.visibleTo(user)));
        model.addAttribute("columns", OfficerImport.COLUMNS);
        return "registry/import";
    }

    @PostMapping
    String upload(CurrentUser user, @RequestParam long agencyId, @RequestParam("file") MultipartFile file,
            Model model) throws IOException {
        model.addAttribute("report", officerImport.importFile(user, agencyId,
                file.getOriginalFilename(), file.getBytes()));
        model.addAttribute("agencyId", agencyId);
        return page(user, model);
    }

    @GetMapping("/template")
    ResponseEntity<StreamingResponseBody> template(@RequestParam(defaultValue = "xlsx") String format) {
        return TableExport.response(TableExport.Format.of(format), "执法人员导入模板", OfficerImport.COLUMNS,
                List.of(List.of("张三", "11010519491231002X", "执法一科", "科员", "市场监管、食品药品", "某某区",
                        "43040020240001", "湖南省人民政府", "2024-01-15", "2029-01-14")));
    }
}
