package org.sanxiang.ledger.internal;

import java.util.Set;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.LedgerVocabulary;
import org.sanxiang.platform.AccountEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Account changes are ledger entries too: who was given which roles, or locked out, is part of the record.
 * The platform cannot call the ledger (the ledger builds on it), so it publishes events; this listener runs
 * synchronously in the publishing transaction. The platform's bundle names them ({@link LedgerVocabulary}).
 */
@Component
class AccountJournal {

    static final String MODULE = "platform";
    static final String SUBJECT_TYPE = "user";

    private final Ledger ledger;

    AccountJournal(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(AccountEvent event) {
        ledger.append(MODULE, event.type(), new Ledger.SubjectRef(SUBJECT_TYPE, event.username(), event.agencyId()),
                event.facts());
    }

    @Bean
    static LedgerVocabulary accountVocabulary() {
        return new LedgerVocabulary(MODULE, Set.of(SUBJECT_TYPE));
    }
}
