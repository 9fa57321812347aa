package org.sanxiang.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * The reactions of one module to another's events that have not completed yet (Spring Modulith's event publication
 * registry): what the platform administrator sees and can deliver again. They are retried at every start anyway.
 */
@Component
class EventPublications {

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;

    EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    /** An incomplete publication: which event, which listener, since when, how often tried. */
    record Pending(UUID id, String eventType, String listener, Instant publishedAt, String status, int attempts,
            Instant lastResubmittedAt) {

        /** The event's simple name, e.g. {@code CredentialStatusChanged}. */
        public String event() {
            return eventType.substring(eventType.lastIndexOf('.') + 1);
        }
    }

    List<Pending> pending(int limit) {
        return jdbc.sql("""
                select id, event_type, listener_id, publication_date, status, completion_attempts,
                       last_resubmission_date
                from event_publication where completion_date is null order by publication_date limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getString("event_type"),
                        rs.getString("listener_id"), instant(rs.getTimestamp("publication_date")),
                        rs.getString("status"), rs.getInt("completion_attempts"),
                        instant(rs.getTimestamp("last_resubmission_date"))))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    /** Delivers one incomplete publication again, now. */
    void resubmit(UUID id) {
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(id));
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
