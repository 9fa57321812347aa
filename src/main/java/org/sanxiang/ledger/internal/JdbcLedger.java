package org.sanxiang.ledger.internal;

import java.util.Map;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.internal.json.CanonicalJson;
import org.sanxiang.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends by inserting one row in the caller's transaction, without any lock: the tree index is assigned later
 * by the {@link Sequencer}, so concurrent writers never queue behind each other.
 */
@Service
class JdbcLedger implements Ledger {

    private final EntryStore entries;
    private final LedgerIdentity identity;

    JdbcLedger(EntryStore entries, LedgerIdentity identity) {
        this.entries = entries;
        this.identity = identity;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED) // joins the command's transaction: its rollback drops the entry
    public long append(String module, String entryType, SubjectRef subject, Map<String, ?> payload) {
        require("module", module, 32);
        require("entryType", entryType, 64);
        require("subject type", subject == null ? null : subject.type(), 32);
        require("subject id", subject.id(), 64);
        byte[] json = CanonicalJson.bytes(payload == null ? Map.of() : payload);
        byte[] leafHash = identity.get().hasher().hashLeaf(json);
        return entries.insert(module, entryType, subject.type(), subject.id(), json, leafHash, CurrentUser.actor());
    }

    private static void require(String what, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("ledger entry " + what + " must be 1.." + maxLength + " characters: " + value);
        }
    }
}
