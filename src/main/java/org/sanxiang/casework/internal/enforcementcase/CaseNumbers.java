package org.sanxiang.casework.internal.enforcementcase;

import org.sanxiang.casework.Procedure;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers: per agency, year and procedure, one after the other without repeats, e.g. 2026P00012 (P general
 * penalty, S summary, C coercive measure, I inspection). The sequence row stays locked until the case's
 * transaction ends, so two officers never get the same number and a rolled-back case gives its number back.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(long agencyId, int year, Procedure procedure) {
        if (increment(agencyId, year, procedure) == 0) {
            // the year's first case of its kind: the row is made apart, so that two first cases do not collide
            own.executeWithoutResult(s -> {
                try {
                    jdbc.sql("insert into case_number_sequence (agency_id, year_number, procedure_name, last_number) "
                            + "values (?, ?, ?, 0)").params(agencyId, year, procedure.name()).update();
                } catch (DuplicateKeyException made) {
                    s.setRollbackOnly(); // made by the other one
                }
            });
            increment(agencyId, year, procedure);
        }
        int number = jdbc.sql("select last_number from case_number_sequence where agency_id = ? and year_number = ? "
                + "and procedure_name = ?").params(agencyId, year, procedure.name()).query(Integer.class).single();
        return String.format("%d%c%05d", year, procedure.letter(), number);
    }

    private int increment(long agencyId, int year, Procedure procedure) {
        return jdbc.sql("update case_number_sequence set last_number = last_number + 1 where agency_id = ? "
                + "and year_number = ? and procedure_name = ?").params(agencyId, year, procedure.name()).update();
    }
}
