package org.sanxiang.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.ledger.internal.merkle.CompactRange;
import org.sanxiang.ledger.internal.merkle.NodeId;
import org.sanxiang.ledger.internal.merkle.NodeSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tree side of the ledger in the database: its meta row, stored subtree hashes and checkpoints. */
@Repository
public class TreeStore implements NodeSource {

    /** The ledger's identity and current tree. */
    public record Meta(String origin, LedgerAlgorithm algorithm, String verifierKey, long treeSize, byte[] rootHash) {
    }

    /** A stored signed checkpoint. */
    public record StoredCheckpoint(long id, long treeSize, byte[] rootHash, String note, Instant createdAt) {
    }

    private static final int NODES_PER_INSERT = 500;

    private final JdbcTemplate jdbc;

    public TreeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Meta> meta() {
        return jdbc.query("select origin, hash_algorithm, signature_algorithm, verifier_key, tree_size, root_hash "
                + "from ledger_meta where id = 1", (rs, n) -> meta(rs)).stream().findFirst();
    }

    /**
     * The meta row, locked until the transaction ends: the one sequencer lock, so that two application nodes
     * never integrate at the same time (writers never take it).
     */
    public Meta lockMeta() {
        return jdbc.queryForObject("select origin, hash_algorithm, signature_algorithm, verifier_key, tree_size, "
                + "root_hash from ledger_meta where id = 1 for update", (rs, n) -> meta(rs));
    }

    private static Meta meta(ResultSet rs) throws SQLException {
        return new Meta(rs.getString(1), LedgerAlgorithm.of(rs.getString(2), rs.getString(3)), rs.getString(4),
                rs.getLong(5), rs.getBytes(6));
    }

    public void createMeta(String origin, LedgerAlgorithm algorithm, String verifierKey, byte[] emptyRoot) {
        OffsetDateTime now = now();
        jdbc.update("insert into ledger_meta (id, origin, hash_algorithm, signature_algorithm, verifier_key, tree_size, "
                        + "root_hash, created_at, created_by, updated_at, updated_by) values (1, ?, ?, ?, ?, 0, ?, ?, 'system', ?, 'system')",
                origin, algorithm.hash().name(), algorithm.signature().name(), verifierKey, emptyRoot, now, now);
    }

    public void updateTree(long size, byte[] root) {
        jdbc.update("update ledger_meta set tree_size = ?, root_hash = ?, updated_at = ?, updated_by = 'system' where id = 1",
                size, root, now());
    }

    /** Multi-row inserts: one statement per 500 nodes, fast on both databases without driver options. */
    public void insertNodes(List<CompactRange.Node> nodes) {
        for (int from = 0; from < nodes.size(); from += NODES_PER_INSERT) {
            List<CompactRange.Node> chunk = nodes.subList(from, Math.min(nodes.size(), from + NODES_PER_INSERT));
            Object[] args = new Object[chunk.size() * 2];
            for (int i = 0; i < chunk.size(); i++) {
                args[2 * i] = chunk.get(i).id().key();
                args[2 * i + 1] = chunk.get(i).hash();
            }
            jdbc.update("insert into ledger_node (node_key, hash) values "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?, ?)")), args);
        }
    }

    @Override
    public Map<NodeId, byte[]> read(Collection<NodeId> nodes) {
        Map<NodeId, byte[]> hashes = find(nodes);
        for (NodeId id : nodes) {
            if (!hashes.containsKey(id)) {
                throw new IllegalStateException("tree node " + id + " is not stored");
            }
        }
        return hashes;
    }

    /** The stored ones among these nodes, in one query. */
    public Map<NodeId, byte[]> find(Collection<NodeId> nodes) {
        if (nodes.isEmpty()) {
            return Map.of();
        }
        Map<NodeId, byte[]> hashes = new HashMap<>();
        String in = String.join(",", Collections.nCopies(nodes.size(), "?"));
        jdbc.query("select node_key, hash from ledger_node where node_key in (" + in + ")",
                (ResultSet rs) -> {
                    hashes.put(NodeId.ofKey(rs.getLong(1)), rs.getBytes(2));
                },
                nodes.stream().map(NodeId::key).toArray());
        return hashes;
    }

    public void insertCheckpoint(long size, byte[] root, String note, String actor) {
        jdbc.update("insert into ledger_checkpoint (tree_size, root_hash, note, created_at, created_by) values (?, ?, ?, ?, ?)",
                size, root, note, now(), actor);
    }

    public Optional<StoredCheckpoint> latestCheckpoint() {
        return jdbc.query("select id, tree_size, root_hash, note, created_at from ledger_checkpoint order by id desc limit 1",
                (rs, n) -> checkpoint(rs)).stream().findFirst();
    }

    public List<StoredCheckpoint> checkpoints() {
        return jdbc.query("select id, tree_size, root_hash, note, created_at from ledger_checkpoint order by id",
                (rs, n) -> checkpoint(rs));
    }

    private static StoredCheckpoint checkpoint(ResultSet rs) throws SQLException {
        return new StoredCheckpoint(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
