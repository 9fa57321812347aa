package org.sanxiang.casework.internal.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.PartyEvent;

class PartyRecordsTest {

    /** A registration's and a change's entries carry the whole party; a viewing of its numbers carries none. */
    @Test
    void theEntriesThatDescribeTheWholePartyAreTheOnesLedgerVerifyReconcilesAgainst() {
        assertThat(new PartyRecords(null).entryTypes()).containsExactlyInAnyOrder(
                new PartyEvent.Registered(1, 1, Map.of()).entryType(),
                new PartyEvent.Updated(1, 1, Map.of()).entryType());
    }
}
