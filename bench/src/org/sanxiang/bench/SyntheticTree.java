package org.sanxiang.bench;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sanxiang.ledger.internal.LedgerIdentity;
import org.sanxiang.ledger.internal.LedgerReads;
import org.sanxiang.ledger.internal.TreeStore;
import org.sanxiang.ledger.internal.merkle.CompactRange;
import org.sanxiang.ledger.internal.merkle.HashAlgorithm;
import org.sanxiang.ledger.internal.merkle.MerkleTree;
import org.sanxiang.ledger.internal.merkle.MerkleVerifier;
import org.sanxiang.ledger.internal.merkle.NodeId;
import org.sanxiang.ledger.internal.merkle.NodeSource;
import org.sanxiang.ledger.internal.merkle.TreeHasher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code h2-synthetic N...} / {@code postgresql-synthetic N...}: proofs through the real service and database at
 * sizes the application cannot append to on this machine in the time available.
 * <p>
 * The application is started on a fresh database as for {@code h2} / {@code postgresql} (Flyway, the real
 * {@code ledger_node} table with its primary key, the ledger's meta row and key). Then {@code ledger_node} is filled
 * with set-based SQL, the hashes computed by the database: leaf i is {@code SHA-256(0x00 || i as 8 big-endian
 * bytes)} (the memory benchmark's leaves), and every perfect subtree of level l + 1 is
 * {@code SHA-256(0x01 || left || right)} of its two children at level l, level by level, keyed
 * {@code (level << 57) | index} like the sequencer's rows. {@code ledger_meta} gets the size and root,
 * {@code ledger_checkpoint} a signed checkpoint; {@code ledger_entry} stays empty (no proof reads it).
 * <p>
 * Before timing, the fill is checked against a tree computed independently in Java (CompactRange over the same
 * leaves): the stored root, the roots of 200 smaller sizes, 1000 inclusion proofs and 200 consistency proofs
 * from {@code LedgerReads} must all verify with the RFC 9162 verifier. Then the timing is
 * {@link LedgerBench#databaseProofs}, the same as the appended 1 M runs, done twice in a row.
 */
final class SyntheticTree {

    private static final HexFormat HEX = HexFormat.of();
    private static final long CHUNK = 1_000_000; // lower-level keys per insert statement (even)

    private SyntheticTree() {
    }

    static void run(String db, ConfigurableApplicationContext context, long n) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        LedgerReads reads = context.getBean(LedgerReads.class);
        TreeStore trees = context.getBean(TreeStore.class);
        LedgerIdentity identity = context.getBean(LedgerIdentity.class);
        TreeHasher hasher = identity.get().hasher();
        if (hasher.algorithm() != HashAlgorithm.SHA_256) {
            throw new IllegalStateException("the SQL fill computes SHA-256; the ledger uses " + hasher.algorithm());
        }
        boolean pg = db.equals("postgresql");
        String label = pg ? "postgresql-synth" : "h2-synth";

        long start = System.nanoTime();
        fill(jdbc, pg, n, label);
        double fillSeconds = LedgerBench.seconds(start);
        long t = System.nanoTime();
        // what autovacuum and the checkpointer would have done long before a real ledger reached this size:
        // statistics, visibility map, and the fill's dirty pages written out, so they are not timed below
        jdbc.execute(pg ? "vacuum analyze ledger_node" : "analyze table ledger_node");
        jdbc.execute("checkpoint");
        System.out.printf("%-16s n=%,d  %s + checkpoint %.1f s%n", label, n, pg ? "vacuum analyze" : "analyze",
                LedgerBench.seconds(t));
        byte[] root = new MerkleTree(hasher, trees).root(n); // from the stored nodes, through the service's code
        trees.updateTree(n, root);
        trees.insertCheckpoint(n, root, identity.get().signCheckpoint(n, root), "bench");
        System.out.printf("%-16s n=%,d  fill %,d nodes in %.1f s (%,.0f nodes/s)  %s%n", label, n,
                jdbc.queryForObject("select count(*) from ledger_node", Long.class), fillSeconds,
                (2.0 * n) / fillSeconds, sizes(jdbc, pg, context));

        verify(label, reads, hasher, n);
        LedgerBench.databaseProofs(label, reads, n);
        LedgerBench.databaseProofs(label + "/2", reads, n); // a second pass: is the tail from the fill's aftermath?
        if (pg) {
            explain(jdbc, hasher, trees, n);
        }
    }

    /** Leaves, then each level from the one below, in statements of {@link #CHUNK} lower-level rows. */
    static void fill(JdbcTemplate jdbc, boolean pg, long n, String label) {
        String leaves = pg
                ? "insert into ledger_node (node_key, hash) select i, sha256('\\x00'::bytea || int8send(i)) "
                        + "from generate_series(?::bigint, ?::bigint) i"
                : "insert into ledger_node (node_key, hash) select r.i, hash('SHA-256', X'00' || cast(r.i as binary(8))) "
                        + "from system_range(?, ?) as r(i)";
        // parent (level + 1, j) of the pair (level, 2j), (level, 2j + 1); the join reads both children by key
        String parents = "insert into ledger_node (node_key, hash) select ? + (a.node_key - ?) / 2, "
                + (pg ? "sha256('\\x01'::bytea || a.hash || b.hash)" : "hash('SHA-256', X'01' || a.hash || b.hash)")
                + " from ledger_node a join ledger_node b on b.node_key = a.node_key + 1"
                + " where a.node_key >= ? and a.node_key < ? and mod(a.node_key - ?, 2) = 0"
                + " and b.node_key > ? and b.node_key < ?";
        long t = System.nanoTime();
        for (long from = 0; from < n; from += CHUNK) {
            jdbc.update(leaves, from, Math.min(n, from + CHUNK) - 1);
        }
        System.out.printf("%-16s n=%,d  level  0: %,11d nodes in %6.1f s%n", label, n, n, LedgerBench.seconds(t));
        long count = n;
        for (int level = 0; count > 1; level++, count >>= 1) {
            t = System.nanoTime();
            long lo = (long) level << 57;
            long up = (long) (level + 1) << 57;
            long end = count & ~1L; // an odd last node has no sibling yet: no parent
            for (long from = 0; from < end; from += CHUNK) {
                long to = Math.min(end, from + CHUNK);
                jdbc.update(parents, up, lo, lo + from, lo + to, lo, lo + from, lo + to);
            }
            System.out.printf("%-16s n=%,d  level %2d: %,11d nodes in %6.1f s%n", label, n, level + 1, count >> 1,
                    LedgerBench.seconds(t));
        }
    }

    /**
     * The stored tree against one computed in Java from the same leaves: roots at n and at 200 random smaller
     * sizes, 1000 inclusion and 200 consistency proofs from the service, each checked with MerkleVerifier.
     */
    static void verify(String label, LedgerReads reads, TreeHasher hasher, long n) {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(11);
        long[] smaller = random.longs(200, 1, n + 1).sorted().distinct().toArray();
        Map<Long, byte[]> rootAt = new HashMap<>();
        CompactRange range = CompactRange.empty(hasher);
        int next = 0;
        for (long i = 0; i < n; i++) {
            range.append(leaf(hasher, i));
            while (next < smaller.length && smaller[next] == range.size()) {
                rootAt.put(smaller[next++], range.root());
            }
        }
        byte[] root = range.root();
        MerkleVerifier verifier = new MerkleVerifier(hasher);
        for (int k = 0; k < 1000; k++) {
            long index = k == 0 ? n - 1 : random.nextLong(n);
            LedgerReads.InclusionProof proof = reads.inclusion(index, n);
            require(Arrays.equals(HEX.parseHex(proof.rootHash()), root), "root of size " + n + " differs");
            require(verifier.verifyInclusion(index, n, leaf(hasher, index), parse(proof.hashes()), root),
                    "inclusion proof of " + index + " in " + n + " does not verify");
            require(reads.leafHash(index).leafHash().equals(HEX.formatHex(leaf(hasher, index))), "leaf " + index);
        }
        for (long m : smaller) {
            LedgerReads.InclusionProof proof = reads.inclusion(random.nextLong(m), m);
            require(Arrays.equals(HEX.parseHex(proof.rootHash()), rootAt.get(m)), "root of size " + m + " differs");
            require(verifier.verifyConsistency(m, n, rootAt.get(m), root, parse(reads.consistency(m, n).hashes())),
                    "consistency proof " + m + " → " + n + " does not verify");
        }
        System.out.printf("%-16s n=%,d  verified against a Java-built tree: root, %d smaller roots, 1000 inclusion "
                + "and %d consistency proofs (%.1f s)%n", label, n, smaller.length, smaller.length,
                LedgerBench.seconds(start));
    }

    /** The plan of one inclusion proof's node read, to see which index PostgreSQL uses at this size. */
    static void explain(JdbcTemplate jdbc, TreeHasher hasher, TreeStore trees, long n) {
        List<Long> keys = new ArrayList<>();
        NodeSource recording = new NodeSource() {
            @Override
            public Map<NodeId, byte[]> read(Collection<NodeId> nodes) {
                nodes.forEach(id -> keys.add(id.key()));
                return trees.read(nodes);
            }
        };
        new MerkleTree(hasher, recording).inclusionProof(new SplittableRandom(3).nextLong(n), n);
        if (keys.isEmpty()) {
            return; // a tree of one leaf: its proofs are empty
        }
        String in = keys.stream().map(String::valueOf).collect(Collectors.joining(","));
        System.out.println("plan of one inclusion proof's read (" + keys.size() + " keys):");
        jdbc.queryForList("explain (analyze, buffers) select node_key, hash from ledger_node where node_key in (" + in + ")",
                String.class).forEach(line -> System.out.println("    " + line));
    }

    private static String sizes(JdbcTemplate jdbc, boolean pg, ConfigurableApplicationContext context) throws Exception {
        if (pg) {
            return jdbc.queryForObject("select 'table ' || pg_size_pretty(pg_table_size('ledger_node')) || ', primary key '"
                    + " || pg_size_pretty(pg_indexes_size('ledger_node'))", String.class);
        }
        Path dir = Path.of(context.getEnvironment().getProperty("sanxiang.data-dir"));
        try (Stream<Path> files = Files.list(dir)) {
            long bytes = files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
            return String.format("H2 file %,d MB, %s", bytes >> 20, jdbc.queryForList("select setting_name || '=' || "
                    + "setting_value from information_schema.settings where upper(setting_name) like '%CACHE%'", String.class));
        }
    }

    private static byte[] leaf(TreeHasher hasher, long index) {
        return hasher.hashLeaf(ByteBuffer.allocate(8).putLong(0, index).array());
    }

    private static List<byte[]> parse(List<String> hashes) {
        return hashes.stream().map(HEX::parseHex).toList();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("the synthetic fill is wrong: " + message);
        }
    }
}
