package org.sanxiang.ledger;

import java.util.Map;

/**
 * A domain event that is its own ledger entry. A command publishes it inside its transaction; the ledger appends
 * it there and then (so the change and its entry commit together or not at all), and other modules react to the
 * same event after the commit ({@code @ApplicationModuleListener}, recorded and retried). The facts are written
 * once, by the event: never a second time by hand.
 * <p>
 * The entry's module is the one the event's type belongs to ({@code org.sanxiang.registry...} → {@code registry}).
 */
public interface RecordedEvent {

    /** What happened, e.g. {@code officer.registered}. */
    String entryType();

    /** What it happened to, and whose record it is. */
    Ledger.SubjectRef subject();

    /** The facts of the change, as {@link Ledger#append} takes them. */
    Map<String, ?> facts();
}
