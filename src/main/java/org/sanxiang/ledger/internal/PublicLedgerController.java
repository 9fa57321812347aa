package org.sanxiang.ledger.internal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger's public endpoints of API-CONTRACT.md "Ledger": no login, hashes and proofs only. */
@RestController
@RequestMapping("/api/v1/public/ledger")
class PublicLedgerController {

    private static final String TEXT = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8";

    private final LedgerReads reads;

    PublicLedgerController(LedgerReads reads) {
        this.reads = reads;
    }

    /** The latest checkpoint: a C2SP tlog-checkpoint in a C2SP signed note. */
    @GetMapping(value = "/checkpoint", produces = TEXT)
    String checkpoint() {
        return reads.latestCheckpoint();
    }

    /** The C2SP note verifier key that checks every checkpoint's signature. */
    @GetMapping(value = "/key", produces = TEXT)
    String key() {
        return reads.verifierKey();
    }

    @GetMapping("/entries/{index}")
    LedgerReads.LeafHash entry(@PathVariable long index) {
        return reads.leafHash(index);
    }

    @GetMapping("/proof/inclusion")
    LedgerReads.InclusionProof inclusion(@RequestParam long index, @RequestParam long size) {
        return reads.inclusion(index, size);
    }

    @GetMapping("/proof/consistency")
    LedgerReads.ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        return reads.consistency(from, to);
    }
}
