package org.sanxiang.registry.internal;

import java.util.Map;

import org.sanxiang.ledger.Ledger;
import org.springframework.stereotype.Component;

/** Every change of the registry is a ledger entry, appended in the change's own transaction. */
@Component
class RegistryJournal {

    private final Ledger ledger;

    RegistryJournal(Ledger ledger) {
        this.ledger = ledger;
    }

    void record(String entryType, String subjectType, long subjectId, Map<String, ?> facts) {
        ledger.append("registry", entryType, new Ledger.SubjectRef(subjectType, Long.toString(subjectId)), facts);
    }
}
