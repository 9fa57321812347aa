package org.sanxiang.evidence;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.sanxiang.ledger.Ledger;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stand-in for the ledger until its implementation is merged: keeps the entries of committed transactions only,
 * as the real ledger does, so the tests assert what the real one will show.
 */
public class RecordingLedger implements Ledger {

    public record Entry(String module, String entryType, SubjectRef subject, Map<String, Object> payload) {
    }

    private final List<Entry> committed = new CopyOnWriteArrayList<>();

    @Override
    public long append(String module, String entryType, SubjectRef subject, Map<String, ?> payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a ledger entry must be appended inside the command's transaction");
        }
        Entry entry = new Entry(module, entryType, subject, new java.util.LinkedHashMap<String, Object>(payload));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(entry);
            }
        });
        return committed.size();
    }

    public List<Entry> entries(SubjectRef subject) {
        return committed.stream().filter(e -> e.subject().equals(subject)).toList();
    }
}
