package org.sanxiang.evidence.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown evidence, or evidence of another agency (not revealed as existing). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EvidenceNotFoundException extends RuntimeException {

    public EvidenceNotFoundException(long id) {
        super("evidence " + id + " not found");
    }
}
