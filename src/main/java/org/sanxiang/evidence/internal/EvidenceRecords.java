package org.sanxiang.evidence.internal;

import java.util.Set;
import java.util.function.Consumer;

import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/**
 * The evidence records as {@code evidence.stored} recorded them ({@link Evidence#facts()}), for {@code ledger verify}
 * to reconcile: a changed hash, size, type or piece of metadata is named. The stored bytes themselves are the
 * integrity run's to check.
 */
@Component
class EvidenceRecords implements ReconciledRecords {

    private final EvidenceRepository evidence;

    EvidenceRecords(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    @Override
    public String recordType() {
        return "evidence";
    }

    @Override
    public String nameZh() {
        return "证据";
    }

    @Override
    public Set<String> entryTypes() {
        return Set.of("evidence.stored");
    }

    @Override
    public void forEachRow(Consumer<Row> action) {
        evidence.forEach(e -> action.accept(new Row(Long.toString(e.id()), e.facts())));
    }
}
