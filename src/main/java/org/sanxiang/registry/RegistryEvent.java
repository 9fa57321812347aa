package org.sanxiang.registry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * What the registry's commands publish, one type per command; each is also its ledger entry. The facts are the
 * record as it is after the change (from the aggregate's own {@code facts()}, which {@code ledger verify}
 * reconciles the table with). The agency's own records (units, legal staff) are entries about the agency; an
 * officer's credentials are entries about the officer.
 */
public sealed interface RegistryEvent extends RecordedEvent {

    record AgencyRegistered(long agencyId, Map<String, Object> facts) implements AgencyRecord {
        public String entryType() {
            return "agency.registered";
        }
    }

    record AgencyUpdated(long agencyId, Map<String, Object> facts) implements AgencyRecord {
        public String entryType() {
            return "agency.updated";
        }
    }

    record UnitAdded(long unitId, long agencyId, Map<String, Object> facts) implements AgencyRecord {
        public String entryType() {
            return "unit.added";
        }
    }

    record UnitUpdated(long unitId, long agencyId, Map<String, Object> facts) implements AgencyRecord {
        public String entryType() {
            return "unit.updated";
        }
    }

    record LegalStaffAdded(long staffId, long agencyId, Map<String, Object> facts) implements AgencyRecord {
        public String entryType() {
            return "legal-staff.added";
        }
    }

    record LegalStaffUpdated(long staffId, long agencyId, Map<String, Object> facts) implements AgencyRecord {
        public String entryType() {
            return "legal-staff.updated";
        }
    }

    record OfficerRegistered(long officerId, long agencyId, Map<String, Object> facts) implements OfficerRecord {
        public String entryType() {
            return "officer.registered";
        }
    }

    record OfficerUpdated(long officerId, long agencyId, Map<String, Object> facts) implements OfficerRecord {
        public String entryType() {
            return "officer.updated";
        }
    }

    record OfficerPhotoSet(long officerId, long agencyId, Map<String, Object> facts) implements OfficerRecord {
        public String entryType() {
            return "officer.photo-set";
        }
    }

    /** Someone with the right saw an officer's full ID number: an access, recorded without the number. */
    record OfficerIdNumberViewed(long officerId, long agencyId) implements OfficerRecord {
        public String entryType() {
            return "officer.id-number-viewed";
        }

        public Map<String, Object> facts() {
            return Map.of();
        }
    }

    /** An administrator linked the officer to her workbench account (blank: unlinked), for 我的执法证. */
    record OfficerAccountLinked(long officerId, long agencyId, String username) implements OfficerRecord {
        public String entryType() {
            return "officer.account-linked";
        }

        public Map<String, Object> facts() {
            return Map.of("username", username);
        }
    }

    record CredentialIssued(long credentialId, long officerId, long agencyId, Map<String, Object> facts)
            implements OfficerRecord {
        public String entryType() {
            return "credential.issued";
        }
    }

    /**
     * A credential changed status (暂扣、吊销、注销、恢复): {@code facts} is the credential afterwards; the entry adds the
     * status it came from and the reason.
     */
    record CredentialStatusChanged(long credentialId, long officerId, long agencyId, CredentialStatus from,
            CredentialStatus to, String reason, Map<String, Object> credential) implements OfficerRecord {
        public String entryType() {
            return "credential.status-changed";
        }

        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>(credential);
            facts.put("from", from.name());
            facts.put("reason", reason);
            return facts;
        }
    }

    /** An event about the agency's own record. */
    sealed interface AgencyRecord extends RegistryEvent {
        long agencyId();

        default SubjectRef subject() {
            return new SubjectRef("agency", Long.toString(agencyId()), agencyId());
        }
    }

    /** An event about an officer's record or credentials, which belong to the officer's agency. */
    sealed interface OfficerRecord extends RegistryEvent {
        long officerId();

        long agencyId();

        default SubjectRef subject() {
            return new SubjectRef("officer", Long.toString(officerId()), agencyId());
        }
    }
}
