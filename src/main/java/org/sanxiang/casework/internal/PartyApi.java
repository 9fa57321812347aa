package org.sanxiang.casework.internal;

import org.sanxiang.casework.internal.party.PartyForm;
import org.sanxiang.casework.internal.party.PartyService;
import org.sanxiang.casework.internal.party.PartyView;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parties (当事人) over the API: the agency's case handlers register and change them, everyone who reads its
 * cases reads them, masked; the numbers whole only for the agency's own handlers, each time a ledger entry.
 */
@RestController
@RequestMapping("/api/v1/parties")
@PreAuthorize(CaseApi.READERS)
class PartyApi {

    private final PartyService parties;

    PartyApi(PartyService parties) {
        this.parties = parties;
    }

    @GetMapping
    PageResult<PartyView> search(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(PageResult.clamped(pageable -> parties.search(user, q, pageable), page, size),
                PartyView::of);
    }

    @PostMapping
    @PreAuthorize(CaseApi.ACTORS)
    ResponseEntity<PartyView> register(CurrentUser user, @RequestBody PartyForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(PartyView.of(parties.register(user, form)));
    }

    @GetMapping("/{id}")
    PartyView one(CurrentUser user, @PathVariable long id) {
        return PartyView.of(parties.visible(user, id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(CaseApi.ACTORS)
    PartyView update(CurrentUser user, @PathVariable long id, @RequestBody PartyForm form) {
        return PartyView.of(parties.update(user, id, form));
    }

    /** The numbers whole: a POST, as reading them is recorded. */
    @PostMapping("/{id}/numbers")
    @PreAuthorize(CaseApi.ACTORS)
    PartyService.Numbers numbers(CurrentUser user, @PathVariable long id) {
        return parties.reveal(user, id);
    }
}
