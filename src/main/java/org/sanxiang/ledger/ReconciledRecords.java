package org.sanxiang.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

/**
 * One kind of record whose rows the ledger proves (执法人员, 执法证, 证据, 用户, ...). {@code ledger verify} reconciles
 * every row with the latest ledger entry that describes it, so that a row changed behind the application's back
 * (SQL, a restored backup, a bug) is named instead of served as the record; a row no entry describes, and a record
 * the ledger describes but the table no longer has, are named too. A module declares one bean per kind of record
 * it writes.
 * <p>
 * The facts a row hands over must come from the very function the module's commands pass to {@link Ledger#append},
 * so that the two cannot disagree by construction. Every fact of the row or of the entry is compared (a fact one of
 * them leaves out counts as null), except {@link #changeFacts()} and, in an older entry that lacks them,
 * {@link #laterFacts()}.
 */
public interface ReconciledRecords {

    /** The record type as findings name it, e.g. {@code "officer"}. */
    String recordType();

    /** The record type in Chinese, e.g. {@code "执法人员"}. */
    String nameZh();

    /** The entry types whose facts describe a whole record of this type; the latest of them is the record. */
    Set<String> entryTypes();

    /** The fact that names the record in its entries; empty when the entry's subject id does. */
    default Optional<String> keyFact() {
        return Optional.empty();
    }

    /**
     * Facts added to the entries after the first ones were written: an entry without them is of the older shape,
     * and they are not compared against it.
     */
    default Set<String> laterFacts() {
        return Set.of();
    }

    /** Facts an entry records about the change itself (the previous status, a reason), which no row holds. */
    default Set<String> changeFacts() {
        return Set.of();
    }

    /**
     * Every row's key (as the entries name it) and current facts, streamed: the caller never holds them all.
     * Called inside a read-only transaction.
     */
    void forEachRow(Consumer<Row> action);

    /**
     * Hands every entity a JPQL query finds to {@code action} as a row, each detached once its facts are taken, so
     * that a table of millions streams through a persistence context that holds none of them: the usual
     * {@link #forEachRow} of a module whose records are JPA entities.
     */
    static <T> void forEachEntity(EntityManager em, String jpql, Class<T> type, Function<T, Row> row,
            Consumer<Row> action) {
        try (Stream<T> rows = em.createQuery(jpql, type).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            rows.forEach(entity -> {
                action.accept(row.apply(entity));
                em.detach(entity);
            });
        }
    }

    /** A row as the ledger would record it. */
    record Row(String key, Map<String, ?> facts) {
    }
}
