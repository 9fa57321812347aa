package org.sanxiang.catalog.internal;

import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.sanxiang.catalog.internal.version.CatalogVersion;
import org.sanxiang.ledger.ReconciledRecords;
import org.springframework.stereotype.Component;

/**
 * The list items' versions as their entries recorded them ({@link CatalogVersion#facts()}), for {@code ledger
 * verify} to reconcile: a state, a date, a name or the content (by its hash) changed behind the application's back
 * is named.
 */
@Component
class CatalogRecords implements ReconciledRecords {

    private final EntityManager em;

    CatalogRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public String recordType() {
        return "catalog-version";
    }

    @Override
    public String nameZh() {
        return "清单事项版本";
    }

    @Override
    public Set<String> entryTypes() {
        return Set.of("catalog.drafted", "catalog.edited", "catalog.submitted", "catalog.review-passed",
                "catalog.returned", "catalog.published", "catalog.superseded", "catalog.repealed");
    }

    /** Entries written before they carried every version's content hash: only a publication's had it. */
    @Override
    public Set<String> laterFacts() {
        return Set.of("contentHash");
    }

    /** In id order, each detached once its facts are taken, so none accumulate. */
    @Override
    public void forEachRow(Consumer<Row> action) {
        ReconciledRecords.forEachEntity(em, "select v from CatalogVersion v order by v.id", CatalogVersion.class,
                v -> new Row(Long.toString(v.getId()), v.facts()), action);
    }
}
