package org.sanxiang.ledger.internal;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.platform.AccountEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Account changes are ledger entries too: who was given which roles, or locked out, is part of the record.
 * The platform cannot call the ledger (the ledger builds on it), so it publishes events; this listener runs
 * synchronously in the publishing transaction.
 */
@Component
class AccountJournal {

    private final Ledger ledger;

    AccountJournal(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(AccountEvent event) {
        ledger.append("platform", event.type(), new Ledger.SubjectRef("user", event.username(), event.agencyId()), event.facts());
    }
}
