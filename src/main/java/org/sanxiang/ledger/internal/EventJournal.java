package org.sanxiang.ledger.internal;

import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.RecordedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every {@link RecordedEvent} to the ledger synchronously, in the transaction that published it: a plain
 * {@code @EventListener}, so a failing append rolls the command back instead of losing its entry.
 */
@Component
class EventJournal {

    private static final String ROOT = "org.sanxiang.";

    private final Ledger ledger;

    EventJournal(Ledger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void record(RecordedEvent event) {
        ledger.append(module(event.getClass()), event.entryType(), event.subject(), event.facts());
    }

    static String module(Class<?> type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            throw new IllegalArgumentException("not a module's event: " + type.getName());
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
