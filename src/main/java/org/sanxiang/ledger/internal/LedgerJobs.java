package org.sanxiang.ledger.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The ledger's background work; off in command-line runs. Intervals: see {@link LedgerProperties}. */
@Component
@ConditionalOnProperty(name = "sanxiang.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class LedgerJobs {

    private final Sequencer sequencer;
    private final Checkpointer checkpointer;
    private final VerificationRun verification;

    LedgerJobs(Sequencer sequencer, Checkpointer checkpointer, VerificationRun verification) {
        this.sequencer = sequencer;
        this.checkpointer = checkpointer;
        this.verification = verification;
    }

    /**
     * What start-up wrote (the demo data, the first administrator) is in a checkpoint before the application
     * reports ready, so the public checkpoint a visitor fetches first covers it, instead of size 0 for a minute.
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkpointStartUp() {
        sequencer.integrateAll();
        checkpointer.checkpointIfGrown();
    }

    @Scheduled(fixedDelayString = "${sanxiang.ledger.sequencer-interval:200ms}", initialDelayString = "1s")
    void integrate() {
        sequencer.integrateAll();
    }

    @Scheduled(fixedDelayString = "${sanxiang.ledger.checkpoint-interval:60s}", initialDelayString = "5s")
    void checkpoint() {
        checkpointer.checkpointIfGrown();
    }

    /** Daily at 03:30 China time by default, after the evidence re-hash of 03:00 has begun. */
    @Scheduled(cron = "${sanxiang.ledger.verify-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    void verify() {
        verification.run();
    }
}
