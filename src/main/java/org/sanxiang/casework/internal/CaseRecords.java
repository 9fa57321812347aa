package org.sanxiang.casework.internal;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.sanxiang.casework.internal.enforcementcase.EnforcementCase;
import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/**
 * The cases as their entries recorded them ({@link EnforcementCase#ledgerFacts()}), for {@code ledger verify} to
 * reconcile: a state, a party or a fact of the steps changed behind the application's back is named. Every case
 * entry carries the whole case as it is after the step; what the entry says about the step itself is no fact of
 * the row.
 */
@Component
class CaseRecords implements ReconciledRecords {

    private final EntityManager em;

    CaseRecords(EntityManager em) {
        this.em = em;
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

    /** In id order, each detached once its facts are taken, so none accumulate. */
    @Override
    public void forEachRow(Consumer<Row> action) {
        try (Stream<EnforcementCase> rows = em.createQuery("select c from EnforcementCase c order by c.id",
                EnforcementCase.class).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            rows.forEach(c -> {
                action.accept(new Row(c.getId().toString(), c.ledgerFacts()));
                em.detach(c);
            });
        }
    }
}
