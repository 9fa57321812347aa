package org.sanxiang.ledger.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workbench page of the ledger: entries in plain language, by module, subject, days and actor within the reader's
 * data scope, and (for platform administrators) verification and checkpoints.
 */
@Controller
@RequestMapping("/workbench/ledger")
class LedgerPages {

    private static final int PAGE_SIZE = 50;

    private final LedgerReaders readers;
    private final ReadableEntries readable;
    private final EntryNames names;
    private final LedgerReads reads;
    private final LedgerVerifier verifier;
    private final Checkpointer checkpointer;
    private final VerificationRun scheduled;

    LedgerPages(LedgerReaders readers, ReadableEntries readable, EntryNames names, LedgerReads reads,
            LedgerVerifier verifier, Checkpointer checkpointer, VerificationRun scheduled) {
        this.readers = readers;
        this.readable = readable;
        this.names = names;
        this.reads = reads;
        this.verifier = verifier;
        this.checkpointer = checkpointer;
        this.scheduled = scheduled;
    }

    @GetMapping
    @PreAuthorize(LedgerReaders.ROLES)
    String list(CurrentUser user, @RequestParam(required = false) String module,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "0") int page,
            Locale locale, Model model) {
        int current = Math.max(page, 0);
        List<EntryLine> lines = List.of();
        try {
            EntryFilter filter = EntryFilter.parse(module, subjectType, subjectId, from, to, actor);
            lines = readable.describe(readers.list(user, filter, (long) current * PAGE_SIZE, PAGE_SIZE + 1), user,
                    locale);
        } catch (EntryFilter.Invalid e) { // beside its field; the form keeps what was typed
            model.addAttribute("invalidField", e.field());
            model.addAttribute("invalidMessage", locale.getLanguage().equals("en") ? e.en() : e.zh());
        }
        model.addAttribute("entries", lines);
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("module", module);
        model.addAttribute("subjectType", subjectType);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("modules", names.modules(locale));
        model.addAttribute("subjectTypes", names.subjectTypes(locale));
        model.addAttribute("treeSize", reads.treeSize());
        model.addAttribute("checkpoint", reads.latestCheckpoint());
        model.addAttribute("verifierKey", reads.verifierKey());
        model.addAttribute("admin", user.isPlatformAdmin());
        if (user.isPlatformAdmin()) {
            model.addAttribute("lastScheduled", scheduled.latest().orElse(null));
        }
        return "ledger/entries";
    }

    /** The entries as filtered on the page. */
    @GetMapping("/export")
    @PreAuthorize(LedgerReaders.ROLES)
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String module,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "xlsx") String format) {
        return readers.export(user, EntryFilter.parse(module, subjectType, subjectId, from, to, actor), format);
    }

    @PostMapping("/verify")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("report", verifier.verify());
        return "redirect:/workbench/ledger";
    }

    @PostMapping("/checkpoint")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    String checkpoint(RedirectAttributes redirect) {
        redirect.addFlashAttribute("signed", checkpointer.checkpointNow(CurrentUser.actor()).treeSize());
        return "redirect:/workbench/ledger";
    }

    @Bean
    static MenuItem ledgerMenuItem() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "ledger.menu", "/workbench/ledger", 90,
                Set.of(Role.ADMIN, Role.SUPERVISOR));
    }
}
