package org.sanxiang.casework;

import java.util.Map;

import org.sanxiang.ledger.Ledger.SubjectRef;
import org.sanxiang.ledger.RecordedEvent;

/**
 * What the commands on a party (当事人) publish, each also its ledger entry about the party ({@code party}, its id)
 * of the agency. {@code facts} is the party as it is after the change, with its ID and phone numbers masked: the
 * ledger is kept forever, personal data should not be.
 */
public sealed interface PartyEvent extends RecordedEvent {

    long partyId();

    long agencyId();

    default SubjectRef subject() {
        return new SubjectRef("party", Long.toString(partyId()), agencyId());
    }

    record Registered(long partyId, long agencyId, Map<String, Object> facts) implements PartyEvent {
        public String entryType() {
            return "party.registered";
        }
    }

    record Updated(long partyId, long agencyId, Map<String, Object> facts) implements PartyEvent {
        public String entryType() {
            return "party.updated";
        }
    }

    /** Someone allowed to saw the party's full ID and phone numbers: an access, recorded without them. */
    record NumbersViewed(long partyId, long agencyId) implements PartyEvent {
        public String entryType() {
            return "party.numbers-viewed";
        }

        public Map<String, Object> facts() {
            return Map.of();
        }
    }
}
