package org.sanxiang.document.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文号 values per agency, kind of number and year, without gaps or duplicates: the counter's row is locked by the
 * issuing transaction until it commits (every node shares it), so a second issue waits, and a rolled-back issue
 * leaves the counter as it found it.
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next value, taken in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long agencyId, String word, int year) {
        Integer last = locked(agencyId, word, year);
        if (last == null) {
            createCounter(agencyId, word, year);
            last = locked(agencyId, word, year);
        }
        int next = last + 1;
        jdbc.sql("update document_number set last_value = ? where agency_id = ? and number_word = ? "
                + "and number_year = ?")
                .params(next, agencyId, word, year).update();
        return next;
    }

    private Integer locked(long agencyId, String word, int year) {
        return jdbc.sql("select last_value from document_number where agency_id = ? and number_word = ? "
                + "and number_year = ? for update").params(agencyId, word, year).query(Integer.class).optional()
                .orElse(null);
    }

    // the year's first number: the counter row is made in its own transaction, so that two nodes making it at once
    // end with one row (the loser's insert fails alone, without aborting the issue it serves)
    private void createCounter(long agencyId, String word, int year) {
        try {
            own.executeWithoutResult(status -> jdbc.sql("insert into document_number (agency_id, number_word, "
                    + "number_year, last_value) values (?, ?, ?, 0)").params(agencyId, word, year).update());
        } catch (DuplicateKeyException e) {
            // made by another issue meanwhile
        }
    }
}
