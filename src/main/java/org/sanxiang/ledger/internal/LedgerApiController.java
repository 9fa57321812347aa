package org.sanxiang.ledger.internal;

import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger for logged-in users: whole entries with payloads (ADMIN, SUPERVISOR), checkpoints and verification (ADMIN). */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApiController {

    static final String READERS = "hasAnyRole('ADMIN','SUPERVISOR')";

    private final EntryStore entries;
    private final Checkpointer checkpointer;
    private final LedgerVerifier verifier;

    LedgerApiController(EntryStore entries, Checkpointer checkpointer, LedgerVerifier verifier) {
        this.entries = entries;
        this.checkpointer = checkpointer;
        this.verifier = verifier;
    }

    @GetMapping("/entries/{index}")
    @PreAuthorize(READERS)
    EntryView entry(@PathVariable long index) {
        return entries.byIndex(index).map(EntryView::of).orElseThrow(() -> new NotFoundException(
                "账本中没有索引 " + index + " 的记录", "there is no ledger entry with index " + index));
    }

    /** Newest first; filter by module and/or subject. */
    @GetMapping("/entries")
    @PreAuthorize(READERS)
    List<EntryView> entries(@RequestParam(required = false) String module,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        return entries.list(module, subjectType, subjectId, Math.max(page, 0) * limit, limit).stream()
                .map(EntryView::of).toList();
    }

    /** Signs a checkpoint now (after integrating everything committed) and returns it as a signed note. */
    @PostMapping(value = "/checkpoints", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    @PreAuthorize("hasRole('ADMIN')")
    String checkpoint() {
        return checkpointer.checkpointNow(CurrentUser.actor()).note();
    }

    @PostMapping("/verify")
    @PreAuthorize("hasRole('ADMIN')")
    LedgerVerifier.Report verify() {
        return verifier.verify();
    }
}
