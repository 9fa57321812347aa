package org.sanxiang.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/**
 * The cases as their entries recorded them ({@link CaseLedgerFacts}), for {@code ledger verify} to reconcile: a
 * state, a party, a fact, an officer or a step's record changed behind the application's back is named. Every case
 * entry carries the whole case as it is after the step; what the entry says about the step itself is no fact of
 * the row.
 */
@Component
class CaseRecords implements ReconciledRecords {

    private static final int BATCH = 500;

    private final EntityManager em;
    private final CaseLedgerFacts ledgerFacts;

    CaseRecords(EntityManager em, CaseLedgerFacts ledgerFacts) {
        this.em = em;
        this.ledgerFacts = ledgerFacts;
    }

    @Override
    public String recordType() {
        return "case";
    }

    @Override
    public String nameZh() {
        return "案件";
    }

    @Override
    public Set<String> entryTypes() {
        return Set.of("case.opened", "case.step", "case.decided", "case.closed", "case.deadline-missed");
    }

    @Override
    public Set<String> changeFacts() {
        return Set.of("transition", "from", "record", "deadline");
    }

    // entries written before they recorded the officers and the steps' digest
    @Override
    public Set<String> laterFacts() {
        return Set.of(CaseLedgerFacts.STEPS, CaseLedgerFacts.OFFICERS);
    }

    /** In id order, a batch at a time (its steps and officers read together), each detached once taken. */
    @Override
    public void forEachRow(Consumer<Row> action) {
        List<EnforcementCase> batch = new ArrayList<>(BATCH);
        try (Stream<EnforcementCase> rows = em.createQuery("select c from EnforcementCase c order by c.id",
                EnforcementCase.class).setHint("org.hibernate.fetchSize", BATCH).getResultStream()) {
            rows.forEach(c -> {
                batch.add(c);
                if (batch.size() == BATCH) {
                    emit(batch, action);
                }
            });
        }
        emit(batch, action);
    }

    private void emit(List<EnforcementCase> batch, Consumer<Row> action) {
        ledgerFacts.of(batch).forEach((id, facts) -> action.accept(new Row(id.toString(), facts)));
        batch.forEach(em::detach);
        batch.clear();
    }
}
