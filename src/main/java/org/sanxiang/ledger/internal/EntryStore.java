package org.sanxiang.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.sanxiang.platform.VisibleAgencies;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Ledger entries in the database (JdbcTemplate: an append-only, high-volume table). */
@Repository
public class EntryStore {

    /** An entry not yet in the tree. */
    public record Pending(long seq, byte[] leafHash) {
    }

    /** A row of ledger_entry; {@code treeIndex} is null until integrated. */
    public record Row(long seq, Long treeIndex, String module, String entryType, String subjectType,
            String subjectId, Long agencyId, byte[] payload, byte[] leafHash, Instant createdAt, String actor) {

        public String payloadJson() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private static final String COLUMNS = "seq, tree_index, module, entry_type, subject_type, subject_id, agency_id, "
            + "payload, leaf_hash, created_at, created_by";

    private final JdbcTemplate jdbc;

    public EntryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry to insert, its sequence number already allocated. */
    public record NewEntry(long seq, String module, String entryType, String subjectType, String subjectId,
            Long agencyId, byte[] payload, byte[] leafHash, OffsetDateTime createdAt, String actor) {
    }

    /** One JDBC batch for a transaction's entries. */
    public void insertAll(List<NewEntry> rows) {
        jdbc.batchUpdate("insert into ledger_entry (seq, module, entry_type, subject_type, subject_id, agency_id, payload, "
                + "leaf_hash, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, e) -> {
                    ps.setLong(1, e.seq());
                    ps.setString(2, e.module());
                    ps.setString(3, e.entryType());
                    ps.setString(4, e.subjectType());
                    ps.setString(5, e.subjectId());
                    ps.setObject(6, e.agencyId(), Types.BIGINT);
                    ps.setBytes(7, e.payload());
                    ps.setBytes(8, e.leafHash());
                    ps.setObject(9, e.createdAt());
                    ps.setString(10, e.actor());
                });
    }

    /** Whether any committed entry waits for the tree (an index lookup; no lock). */
    public boolean hasPending() {
        return !jdbc.queryForList("select seq from ledger_entry where tree_index is null fetch first 1 rows only",
                Long.class).isEmpty();
    }

    /** Committed entries not yet in the tree, oldest first. */
    public List<Pending> pending(int limit) {
        return jdbc.query("select seq, leaf_hash from ledger_entry where tree_index is null order by seq limit ?",
                (rs, n) -> new Pending(rs.getLong(1), rs.getBytes(2)), limit);
    }

    /**
     * Gives the pending entries with {@code seq <= lastSeq} the tree indexes {@code firstIndex, firstIndex + 1, ...}
     * in seq order, in one statement (a row update per entry made the sequencer the bottleneck). MERGE with a
     * window function runs on both H2 and PostgreSQL 15+.
     *
     * @return how many entries got an index: more than the caller read if an older transaction committed an
     *         entry meanwhile, in which case the caller must roll back and read again
     */
    public int assignIndexes(long lastSeq, long firstIndex) {
        return jdbc.update("merge into ledger_entry e using (select seq, row_number() over (order by seq) as rn "
                + "from ledger_entry where tree_index is null and seq <= ?) p on e.seq = p.seq "
                + "when matched then update set tree_index = p.rn - 1 + ?", lastSeq, firstIndex);
    }

    public Optional<Row> byIndex(long index) {
        return jdbc.query("select " + COLUMNS + " from ledger_entry where tree_index = ?", (rs, n) -> row(rs), index)
                .stream().findFirst();
    }

    /**
     * Which entries to list, every part optional: a module, a subject, a time range ({@code from} inclusive,
     * {@code before} exclusive) and the actors (empty: nobody matches).
     */
    public record Query(String module, String subjectType, String subjectId, Instant from,
            Instant before, Set<String> actors) {

        public static Query of(String module, String subjectType, String subjectId) {
            return new Query(module, subjectType, subjectId, null, null, null);
        }
    }

    /**
     * Newest first, of the visible agencies' records (all: every entry, platform-wide ones included) that the
     * query selects.
     */
    public List<Row> list(VisibleAgencies agencies, Query query, long offset, int limit) {
        if (agencies.isEmpty() || query.actors() != null && query.actors().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from ledger_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!agencies.isAll()) {
            in(sql, args, "agency_id", agencies.ids());
        }
        for (Object[] filter : new Object[][] {{"module = ?", query.module()},
                {"subject_type = ?", query.subjectType()}, {"subject_id = ?", query.subjectId()},
                {"created_at >= ?", offsetTime(query.from())}, {"created_at < ?", offsetTime(query.before())}}) {
            if (filter[1] != null) {
                sql.append(" and ").append(filter[0]);
                args.add(filter[1]);
            }
        }
        if (query.actors() != null) {
            in(sql, args, "created_by", query.actors());
        }
        sql.append(" order by seq desc offset ? rows fetch next ? rows only");
        args.add(offset);
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs), args.toArray());
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<?> values) {
        sql.append(" and ").append(column).append(" in (")
                .append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(")");
        args.addAll(values);
    }

    private static OffsetDateTime offsetTime(Instant time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC);
    }

    /** Every integrated entry in tree order, streamed (never all in memory). Call inside a transaction. */
    public void forEachIntegrated(Consumer<Row> action) {
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("select " + COLUMNS
                    + " from ledger_entry where tree_index is not null order by tree_index",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            action.accept(row(rs));
        });
    }

    /**
     * Every committed entry of the given types, integrated or not, in no particular order; streamed. Call inside a
     * transaction.
     */
    public void forEachOfTypes(Collection<String> types, Consumer<Row> action) {
        if (types.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from ledger_entry where entry_type in ("
                    + String.join(", ", Collections.nCopies(types.size(), "?")) + ")",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(1000);
            int i = 1;
            for (String type : types) {
                ps.setString(i++, type);
            }
            return ps;
        }, rs -> {
            action.accept(row(rs));
        });
    }

    /** The entries with these sequence numbers, by sequence number. */
    public Map<Long, Row> bySeq(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return Map.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.query("select " + COLUMNS + " from ledger_entry where seq in ("
                + String.join(", ", Collections.nCopies(seqs.size(), "?")) + ")", rs -> {
                    Row row = row(rs);
                    rows.put(row.seq(), row);
                }, seqs.toArray());
        return rows;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, Long.class), rs.getBytes(8), rs.getBytes(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11));
    }

    /** The tree index of the latest entry of a type about a subject, if it is integrated. */
    Optional<Long> latestIndex(String subjectType, String subjectId, String entryType) {
        List<Long> found = jdbc.query("select tree_index from ledger_entry where subject_type = ? and subject_id = ? "
                + "and entry_type = ? order by seq desc fetch first 1 rows only", (rs, n) -> rs.getObject(1, Long.class),
                subjectType, subjectId, entryType);
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }
}
