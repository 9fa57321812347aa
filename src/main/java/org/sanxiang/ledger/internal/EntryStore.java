package org.sanxiang.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Ledger entries in the database (JdbcTemplate: an append-only, high-volume table). */
@Repository
public class EntryStore {

    /** An entry not yet in the tree. */
    public record Pending(long seq, byte[] leafHash) {
    }

    /** A row of ledger_entry; {@code treeIndex} is null until integrated. */
    public record Row(long seq, Long treeIndex, String module, String entryType, String subjectType,
            String subjectId, byte[] payload, byte[] leafHash, java.time.Instant createdAt, String actor) {

        public String payloadJson() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private static final String COLUMNS = "seq, tree_index, module, entry_type, subject_type, subject_id, payload, "
            + "leaf_hash, created_at, created_by";

    private final JdbcTemplate jdbc;

    public EntryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String module, String entryType, String subjectType, String subjectId, byte[] payload,
            byte[] leafHash, String actor) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("insert into ledger_entry (module, entry_type, "
                    + "subject_type, subject_id, payload, leaf_hash, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"seq"});
            ps.setString(1, module);
            ps.setString(2, entryType);
            ps.setString(3, subjectType);
            ps.setString(4, subjectId);
            ps.setBytes(5, payload);
            ps.setBytes(6, leafHash);
            ps.setObject(7, TreeStore.now());
            ps.setString(8, actor);
            return ps;
        }, key);
        return key.getKey().longValue();
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

    /** Newest first, optionally only one module and/or one subject. */
    public List<Row> list(String module, String subjectType, String subjectId, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from ledger_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        for (String[] filter : new String[][] {{"module", module}, {"subject_type", subjectType}, {"subject_id", subjectId}}) {
            if (filter[1] != null && !filter[1].isBlank()) {
                sql.append(" and ").append(filter[0]).append(" = ?");
                args.add(filter[1].strip());
            }
        }
        sql.append(" order by seq desc offset ? rows fetch next ? rows only");
        args.add(offset);
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, n) -> row(rs), args.toArray());
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

    private static Row row(ResultSet rs) throws SQLException {
        long index = rs.getLong(2);
        return new Row(rs.getLong(1), rs.wasNull() ? null : index, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBytes(7), rs.getBytes(8), rs.getObject(9, OffsetDateTime.class).toInstant(),
                rs.getString(10));
    }
}
