package org.sanxiang.document.internal;

import java.util.Set;

import org.sanxiang.document.internal.template.AgencySetting;
import org.sanxiang.document.internal.template.DocumentTemplate;
import org.sanxiang.document.internal.template.DocumentTemplates;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's document settings and its own versions of the templates, for its administrator and head. */
@Controller
@RequestMapping("/workbench/documents/forms")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_HEAD')")
class DocumentFormPages {

    /**
     * Who changes them: the agency's administrator and head. A platform administrator belongs to no agency: she
     * sees the national templates, and a change she posts is refused with the reason.
     */
    static final String KEEPERS = "hasAnyRole('ADMIN', 'AGENCY_HEAD') and !(" + CurrentUser.IS_PLATFORM_ADMIN + ")";

    private final DocumentForms forms;

    DocumentFormPages(DocumentForms forms) {
        this.forms = forms;
    }

    @Bean
    static MenuItem documentFormsMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "document.forms.menu", "/workbench/documents/forms", 45,
                Set.of(Role.ADMIN, Role.AGENCY_HEAD));
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("setting", user.agencyId() == null ? new AgencySetting("", "", "", "")
                : forms.settings(user.agencyId()));
        model.addAttribute("templates", DocumentTemplates.all());
        model.addAttribute("ownAgency", user.agencyId() != null);
        model.addAttribute("versions", DocumentTemplates.all().stream().collect(java.util.stream.Collectors.toMap(
                DocumentTemplate::code, t -> user.agencyId() == null ? 0 : forms.current(user.agencyId(),
                        t).number())));
        return "document/forms";
    }

    @PostMapping("/settings")
    String saveSettings(CurrentUser user, @RequestParam(required = false) String abbreviation,
            @RequestParam(required = false) String reviewBody, @RequestParam(required = false) String court,
            @RequestParam(required = false) String payment, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/documents/forms", "saved", true,
                () -> forms.saveSettings(user, new AgencySetting(abbreviation, reviewBody, court, payment)));
    }

    @GetMapping("/{code}")
    String template(CurrentUser user, @PathVariable String code, Model model) {
        DocumentTemplate template = DocumentService.template(code);
        model.addAttribute("template", template);
        model.addAttribute("current", user.agencyId() == null ? null : forms.current(user.agencyId(), template));
        model.addAttribute("history", user.agencyId() == null ? java.util.List.of()
                : forms.history(user.agencyId(), template));
        return "document/form";
    }

    @PostMapping("/{code}")
    String adapt(CurrentUser user, @PathVariable String code, @RequestParam(required = false) String body,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        DocumentTemplate template = DocumentService.template(code);
        return PageCommand.run(redirect, "/workbench/documents/forms/" + code, "saved", true,
                () -> forms.adapt(user, template, body, reason));
    }
}
