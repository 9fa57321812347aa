package org.sanxiang.casework.internal.party;

import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/**
 * The parties as their entries recorded them ({@link Party#facts()}, numbers masked), for {@code ledger verify} to
 * reconcile: a name, credit code, mask or service address changed behind the application's back is named.
 */
@Component
class PartyRecords implements ReconciledRecords {

    private final EntityManager em;

    PartyRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public String recordType() {
        return "party";
    }

    @Override
    public String nameZh() {
        return "当事人";
    }

    @Override
    public Set<String> entryTypes() {
        return Set.of("party.registered", "party.updated");
    }

    /** In id order, each detached once its facts are taken, so none accumulate. */
    @Override
    public void forEachRow(Consumer<Row> action) {
        ReconciledRecords.forEachEntity(em, "select p from Party p order by p.id", Party.class,
                p -> new Row(Long.toString(p.getId()), p.facts()), action);
    }
}
