package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class IntegratedSizeTest {

    private final IntegratedSize integrated = new IntegratedSize();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionItRisesAtOnceAndNeverFalls() {
        integrated.raiseAfterCommit(7);
        integrated.raiseAfterCommit(3);
        assertThat(integrated.known()).isEqualTo(7);
    }

    @Test
    void inATransactionItRisesOnlyAfterTheCommit() {
        TransactionSynchronizationManager.initSynchronization();
        integrated.raiseAfterCommit(5);
        assertThat(integrated.known()).as("not committed yet: other transactions do not see the nodes").isZero();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(integrated.known()).isEqualTo(5);
    }

    @Test
    void aRolledBackTransactionLeavesItWhereItWas() {
        TransactionSynchronizationManager.initSynchronization();
        integrated.raiseAfterCommit(5);
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(integrated.known()).isZero();
    }
}
