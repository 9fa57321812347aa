package org.sanxiang.evidence.internal.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.sanxiang.evidence.EvidenceKind;
import org.sanxiang.evidence.internal.Evidence;
import org.sanxiang.evidence.internal.EvidenceExport;
import org.sanxiang.evidence.internal.EvidenceFilter;
import org.sanxiang.evidence.internal.EvidenceService;
import org.sanxiang.evidence.internal.integrity.IntegrityCheck;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.Role;
import org.springframework.data.domain.Page;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workbench pages: evidence of a record (with the upload form), one evidence with its player, integrity report. */
@Controller
@RequestMapping("/workbench/evidence")
class EvidencePages {

    private static final int PAGE_SIZE = 25;
    private static final String INTEGRITY_READERS = "hasAnyRole('ADMIN','SUPERVISOR')";

    private final EvidenceService evidence;
    private final EvidenceExport export;
    private final IntegrityCheck integrity;

    EvidencePages(EvidenceService evidence, EvidenceExport export, IntegrityCheck integrity) {
        this.evidence = evidence;
        this.export = export;
        this.integrity = integrity;
    }

    /** The list as filtered on the page. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String caseRef,
            @RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) String officer,
            @RequestParam(required = false) LocalDate capturedFrom, @RequestParam(required = false) LocalDate capturedTo,
            @RequestParam(defaultValue = "xlsx") String format) {
        return export.export(new EvidenceFilter(caseRef, kind, officer, capturedFrom, capturedTo),
                user, format);
    }

    @GetMapping
    String list(CurrentUser user,
            @RequestParam(required = false) String caseRef, @RequestParam(required = false) EvidenceKind kind,
            @RequestParam(required = false) String officer, @RequestParam(required = false) LocalDate capturedFrom,
            @RequestParam(required = false) LocalDate capturedTo, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("caseRef", caseRef);
        model.addAttribute("kind", kind);
        model.addAttribute("officer", officer);
        model.addAttribute("capturedFrom", capturedFrom);
        model.addAttribute("capturedTo", capturedTo);
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("mayUpload", EvidenceService.mayUpload(user));
        if (EvidenceService.mayUpload(user)) { // the recording's defaults: she captured it, just now
            model.addAttribute("defaultOfficer", evidence.capturingOfficer(user));
            model.addAttribute("now", LocalDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString());
        }
        Page<Evidence> found;
        try {
            found = evidence.search(new EvidenceFilter(caseRef, kind, officer, capturedFrom, capturedTo),
                    user, PageResult.request(page, PAGE_SIZE));
        } catch (InvalidInputException e) { // shown above the search form, which keeps what was typed
            model.addAttribute("refusedZh", e.zh());
            model.addAttribute("refusedEn", e.en());
            found = Page.empty(PageResult.request(0, PAGE_SIZE));
        }
        model.addAttribute("evidence", PageResult.of(found, e -> e));
        return "evidence/list";
    }

    @GetMapping("/{id:\\d+}")
    String one(CurrentUser user, @PathVariable long id, Model model) {
        Evidence e = evidence.visible(id, user);
        model.addAttribute("e", e);
        model.addAttribute("integrityWarning", integrity.warning(e.hashes().sha256()).orElse(null));
        model.addAttribute("ledgerReader", user.has(Role.ADMIN) || user.has(Role.SUPERVISOR));
        return "evidence/detail";
    }

    /** Administrators and supervisors see the integrity findings of their scope (and of the platform, its admin). */
    static boolean readsIntegrity(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.SUPERVISOR);
    }

    @GetMapping("/integrity")
    @PreAuthorize(INTEGRITY_READERS)
    String integrity(CurrentUser user, Model model) {
        model.addAttribute("alerts", integrity.openAlerts(user));
        // A run covers every branch's objects and names the store: only a platform administrator sees or starts it.
        boolean platformAdmin = user.isPlatformAdmin();
        model.addAttribute("run", platformAdmin ? integrity.latest().orElse(null) : null);
        model.addAttribute("running", platformAdmin && integrity.isRunning());
        model.addAttribute("admin", platformAdmin);
        return "evidence/integrity";
    }

    @PostMapping("/integrity")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    String startIntegrity(RedirectAttributes redirect) {
        redirect.addFlashAttribute("started", integrity.start(CurrentUser.actor()));
        return "redirect:/workbench/evidence/integrity";
    }

    @Bean
    static MenuItem evidenceMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "evidence.menu", "/workbench/evidence", 40, Set.of());
    }

    @Bean
    static MenuItem evidenceIntegrityMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "evidence.integrity.menu", "/workbench/evidence/integrity", 91,
                Set.of(Role.ADMIN, Role.SUPERVISOR));
    }
}
