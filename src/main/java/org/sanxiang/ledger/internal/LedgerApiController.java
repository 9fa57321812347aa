package org.sanxiang.ledger.internal;

import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ledger for logged-in users: whole entries with payloads within the user's data scope (ADMIN, SUPERVISOR);
 * checkpoints and verification for platform administrators.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerApiController {

    private final LedgerReaders readers;
    private final Checkpointer checkpointer;
    private final LedgerVerifier verifier;

    LedgerApiController(LedgerReaders readers, Checkpointer checkpointer, LedgerVerifier verifier) {
        this.readers = readers;
        this.checkpointer = checkpointer;
        this.verifier = verifier;
    }

    @GetMapping("/entries/{index}")
    @PreAuthorize(LedgerReaders.ROLES)
    EntryView entry(CurrentUser user, @PathVariable long index) {
        return readers.entry(user, index);
    }

    @GetMapping("/entries/export")
    @PreAuthorize(LedgerReaders.ROLES)
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String module,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "csv") String format) {
        return readers.export(user, EntryFilter.of(module, subjectType, subjectId), format);
    }

    /** Newest first; filter by module and/or subject. */
    @GetMapping("/entries")
    @PreAuthorize(LedgerReaders.ROLES)
    List<EntryView> entries(CurrentUser user, @RequestParam(required = false) String module,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        return readers.list(user, EntryFilter.of(module, subjectType, subjectId), (long) Math.max(page, 0) * limit,
                limit);
    }

    /** Signs a checkpoint now (after integrating everything committed) and returns it as a signed note. */
    @PostMapping(value = "/checkpoints", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    String checkpoint() {
        return checkpointer.checkpointNow(CurrentUser.actor()).note();
    }

    @PostMapping("/verify")
    @PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
    LedgerVerifier.Report verify() {
        return verifier.verify();
    }
}
