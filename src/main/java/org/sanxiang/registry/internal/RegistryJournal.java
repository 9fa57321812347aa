package org.sanxiang.registry.internal;

import java.util.Map;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.registry.internal.officer.Officer;
import org.springframework.stereotype.Component;

/** Every change of the registry is a ledger entry, appended in the change's own transaction. */
@Component
class RegistryJournal {

    private final Ledger ledger;

    RegistryJournal(Ledger ledger) {
        this.ledger = ledger;
    }

    /** A change of the agency's own record (the agency, its units, its legal staff). */
    void agency(String entryType, long agencyId, Map<String, ?> facts) {
        ledger.append("registry", entryType, new Ledger.SubjectRef("agency", Long.toString(agencyId), agencyId), facts);
    }

    /** A change of an officer's record or credentials, which belong to the officer's agency. */
    void officer(String entryType, Officer officer, Map<String, ?> facts) {
        ledger.append("registry", entryType,
                new Ledger.SubjectRef("officer", Long.toString(officer.getId()), officer.getAgencyId()), facts);
    }
}
