package org.sanxiang.ledger.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entry sequence numbers from blocks of {@value #BLOCK} ("hi/lo"): one {@code nextval} per block, so appending
 * costs no round trip. Numbers are unique across nodes, increasing per node; gaps are harmless (the tree index,
 * not the sequence number, is what must be dense).
 */
@Component
class SeqAllocator {

    static final int BLOCK = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private long next;
    private long limit;

    SeqAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // nextval is refused inside a read-only transaction, and a caller's may be one
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    synchronized long next() {
        if (next == limit) {
            long block = ownTransaction.execute(s -> jdbc.queryForObject("select nextval('ledger_entry_block')", Long.class));
            next = block * BLOCK;
            limit = next + BLOCK;
        }
        return next++;
    }
}
