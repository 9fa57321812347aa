package org.sanxiang.bench;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.sanxiang.SanxiangApplication;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.internal.LedgerReads;
import org.sanxiang.ledger.internal.LedgerVerifier;
import org.sanxiang.ledger.internal.Sequencer;
import org.sanxiang.ledger.internal.merkle.HashAlgorithm;
import org.sanxiang.ledger.internal.merkle.InMemoryNodes;
import org.sanxiang.ledger.internal.merkle.MerkleTree;
import org.sanxiang.ledger.internal.merkle.MerkleVerifier;
import org.sanxiang.ledger.internal.merkle.TreeHasher;
import org.sanxiang.test.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Ledger benchmarks (plain main, see bench/README.md):
 * <ul>
 * <li>{@code memory 1000000 10000000}: root and proof times over stored perfect-subtree hashes held in memory
 * (the same MerkleTree code the database path runs, without the SQL round trip);</li>
 * <li>{@code h2 N} / {@code postgresql N}: append rate (1 and 8 writers), sequencer rate, then root and proof
 * times through the real service and database at N entries;</li>
 * <li>{@code h2-synthetic N...} / {@code postgresql-synthetic N...}: the same proof times at N entries, the
 * tree's rows filled by set-based SQL instead of appends (see {@link SyntheticTree}).</li>
 * <li>{@code h2-reconcile N} / {@code postgresql-reconcile N}: {@code ledger verify} (tree and reconciliation) over
 * N officers, each with its {@code officer.registered} entry, among 10 N other entries.</li>
 * </ul>
 */
public final class LedgerBench {

    private static final Map<String, Object> PAYLOAD = Map.of("caseNo", "湘衡市监罚〔2026〕123号", "step", "立案",
            "amount", 5000, "officers", List.of("430401001", "430401002"), "at", "2026-11-24T10:00:00Z");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "memory" -> {
                for (String n : Arrays.copyOfRange(args, 1, args.length)) {
                    memory(Long.parseLong(n));
                }
            }
            case "h2", "postgresql" -> database(args[0], Long.parseLong(args.length > 1 ? args[1] : "1000000"));
            case "h2-reconcile", "postgresql-reconcile" ->
                    reconcile(args[0].substring(0, args[0].indexOf('-')), Integer.parseInt(args.length > 1 ? args[1] : "10000"));
            case "h2-synthetic", "postgresql-synthetic" -> {
                String db = args[0].substring(0, args[0].indexOf('-'));
                for (String n : Arrays.copyOfRange(args, 1, args.length)) {
                    Path dir;
                    try (ConfigurableApplicationContext context = start(db)) {
                        dir = Path.of(context.getEnvironment().getProperty("sanxiang.data-dir"));
                        SyntheticTree.run(db, context, Long.parseLong(n));
                    }
                    FileSystemUtils.deleteRecursively(dir); // up to ~2 GB of H2 file at 10 M entries
                }
            }
            default -> throw new IllegalArgumentException("memory|h2|postgresql|h2-synthetic|postgresql-synthetic");
        }
        System.exit(0);
    }

    // ---- storage-level path -------------------------------------------------------------------------------

    static void memory(long n) {
        TreeHasher hasher = new TreeHasher(HashAlgorithm.SHA_256);
        InMemoryNodes nodes = new InMemoryNodes(hasher);
        long start = System.nanoTime();
        ByteBuffer leaf = ByteBuffer.allocate(8);
        for (long i = 0; i < n; i++) {
            nodes.appendData(leaf.putLong(0, i).array());
        }
        System.out.printf("memory  n=%,d  build tree %.1f s (%,.0f leaves/s)%n", n, seconds(start),
                n / seconds(start));
        proofs("memory", n, new MerkleTree(hasher, nodes), hasher);
    }

    /** Times root(size), inclusion and consistency proof generation plus verification at random points. */
    static void proofs(String label, long n, MerkleTree tree, TreeHasher hasher) {
        MerkleVerifier verifier = new MerkleVerifier(hasher);
        SplittableRandom random = new SplittableRandom(42);
        byte[] root = tree.root(n);
        int ops = 20_000;
        for (int warm = 0; warm < ops; warm++) {
            tree.inclusionProof(random.nextLong(n), n);
        }
        long[] rootTimes = new long[ops];
        long[] inclusionTimes = new long[ops];
        long[] consistencyTimes = new long[ops];
        long[] verifyTimes = new long[ops];
        for (int i = 0; i < ops; i++) {
            long t0 = System.nanoTime();
            tree.root(1 + random.nextLong(n));
            long t1 = System.nanoTime();
            long index = random.nextLong(n);
            List<byte[]> proof = tree.inclusionProof(index, n);
            long t2 = System.nanoTime();
            boolean verified = verifier.verifyInclusion(index, n, leaf(hasher, index), proof, root);
            long t3 = System.nanoTime();
            long from = 1 + random.nextLong(n);
            tree.consistencyProof(from, n);
            long t4 = System.nanoTime();
            if (!verified) {
                throw new IllegalStateException("proof of " + index + " does not verify");
            }
            rootTimes[i] = t1 - t0;
            inclusionTimes[i] = t2 - t1;
            verifyTimes[i] = t3 - t2;
            consistencyTimes[i] = t4 - t3;
        }
        print(label, n, "root(any size)", rootTimes);
        print(label, n, "inclusion proof", inclusionTimes);
        print(label, n, "inclusion proof verification", verifyTimes);
        print(label, n, "consistency proof", consistencyTimes);
    }

    private static byte[] leaf(TreeHasher hasher, long index) {
        return hasher.hashLeaf(ByteBuffer.allocate(8).putLong(0, index).array());
    }

    // ---- database path -------------------------------------------------------------------------------------

    /** The whole application on a fresh database (file H2 or a new database in the embedded PostgreSQL). */
    static ConfigurableApplicationContext start(String db) throws Exception {
        Path dir = Files.createTempDirectory("ledger-bench");
        List<String> properties = new ArrayList<>(List.of("server.port=0", "sanxiang.data-dir=" + dir, "sanxiang.scheduling.enabled=false",
                "spring.main.banner-mode=off", "logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=12"));
        if (db.equals("postgresql")) {
            String name = "bench_" + System.nanoTime();
            try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            properties.add("spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", name));
            properties.add("spring.datasource.username=postgres");
            properties.add("spring.datasource.password=");
        } else {
            properties.add("spring.datasource.url=jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
        }
        return new SpringApplicationBuilder(SanxiangApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new)); // override application.yml
    }

    static void database(String db, long n) throws Exception {
        try (ConfigurableApplicationContext context = start(db)) {
            Ledger ledger = context.getBean(Ledger.class);
            Sequencer sequencer = context.getBean(Sequencer.class);
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);
            LedgerReads reads = context.getBean(LedgerReads.class);

            appendRate(db, ledger, tx, 1, 2_000, 1); // warm-up
            sequencer.integrateAll();
            appendRate(db, ledger, tx, 1, 5_000, 1);
            appendRate(db, ledger, tx, 8, 5_000, 1);
            appendRate(db, ledger, tx, 1, 50_000, 1000);
            appendRate(db, ledger, tx, 8, 100_000, 1000);
            integrateRate(db, sequencer, reads);

            long have = reads.treeSize();
            while (have < n) {
                long chunk = Math.min(200_000, n - have);
                appendRate(db + "(fill)", ledger, tx, 8, chunk, 1000);
                integrateRate(db + "(fill)", sequencer, reads);
                have = reads.treeSize();
            }
            databaseProofs(db, reads, have);
        }
    }

    /**
     * N officer rows (set by SQL, in the shape {@code Officer.facts()} gives) with their entries, 10 N unrelated
     * entries, then {@code ledger verify} timed twice.
     */
    static void reconcile(String db, int n) throws Exception {
        try (ConfigurableApplicationContext context = start(db)) {
            Ledger ledger = context.getBean(Ledger.class);
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update("insert into agency (id, name, uscc, level, domain, kind, created_at, created_by, updated_at, "
                    + "updated_by) values (900001, '基准局', '11430400MB0000001X', 'CITY', 'market', 'STATUTORY', "
                    + "current_timestamp, 'bench', current_timestamp, 'bench')");
            Map<String, Object> agency = new java.util.HashMap<>(Map.of("name", "基准局", "uscc", "11430400MB0000001X",
                    "level", "CITY", "domain", "market", "kind", "STATUTORY"));
            for (String fact : List.of("parentId", "legalBasis", "region", "address", "phone", "complaintPhone")) {
                agency.put(fact, null);
            }
            tx.executeWithoutResult(status -> ledger.append("registry", "agency.registered",
                    new Ledger.SubjectRef("agency", "900001", 900001L), agency));
            for (int from = 0; from < n; from += 1000) {
                int first = from;
                int count = Math.min(1000, n - from);
                tx.executeWithoutResult(status -> {
                    jdbc.batchUpdate("insert into officer (id, agency_id, name, gender, id_number_cipher, id_number_digest, "
                            + "id_number_masked, domains, active, created_at, created_by, updated_at, updated_by) values "
                            + "(?, 900001, ?, 'MALE', 'x', ?, '430400********123X', 'market', true, current_timestamp, "
                            + "'bench', current_timestamp, 'bench')", java.util.stream.IntStream.range(first, first + count)
                            .mapToObj(i -> new Object[] {1_000_000L + i, "执法人员" + i, "digest-" + i}).toList());
                    for (int i = first; i < first + count; i++) {
                        Map<String, Object> facts = new java.util.LinkedHashMap<>();
                        facts.put("agencyId", 900001L);
                        facts.put("unitId", null);
                        facts.put("name", "执法人员" + i);
                        facts.put("idNumberMasked", "430400********123X");
                        facts.put("position", null);
                        facts.put("domains", List.of("market"));
                        facts.put("areas", null);
                        facts.put("active", true);
                        ledger.append("registry", "officer.registered",
                                new Ledger.SubjectRef("officer", Long.toString(1_000_000L + i), 900001L), facts);
                    }
                });
            }
            appendRate(db + "(other entries)", ledger, tx, 2, 10L * n, 1000);
            context.getBean(Sequencer.class).integrateAll();
            LedgerVerifier verifier = context.getBean(LedgerVerifier.class);
            // the reconciliation alone, through its package-private bean (a bench may reach in; the product may not)
            Class<?> type = Class.forName("org.sanxiang.ledger.internal.Reconciler");
            java.lang.reflect.Method reconcile = type.getDeclaredMethod("reconcile");
            reconcile.setAccessible(true);
            Object reconciler = context.getBean(type);
            for (int pass = 1; pass <= 2; pass++) {
                long start = System.nanoTime();
                LedgerVerifier.Report report = verifier.verify();
                long verified = System.nanoTime();
                reconcile.invoke(reconciler);
                System.out.printf("%s pass %d: ledger verify (%d entries, %d rows) %.2f s, of which reconciling alone "
                        + "%.2f s; ok=%s%n", db, pass, report.entriesChecked(), report.recordsChecked(),
                        (verified - start) / 1e9, (System.nanoTime() - verified) / 1e9, report.ok());
            }
        }
    }

    static void appendRate(String db, Ledger ledger, TransactionTemplate tx, int writers, long total, int perTransaction)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String subject = "w" + w;
            long each = total / writers + (w < total % writers ? 1 : 0);
            done.add(pool.submit(() -> {
                for (long i = 0; i < each; i += perTransaction) {
                    long count = Math.min(perTransaction, each - i);
                    tx.executeWithoutResult(status -> {
                        for (long k = 0; k < count; k++) {
                            ledger.append("bench", "step.recorded", new Ledger.SubjectRef("case", subject, null), PAYLOAD);
                        }
                    });
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double s = seconds(start);
        System.out.printf("%-16s append  writers=%d  entries/tx=%-5d  %,d entries in %.2f s = %,.0f entries/s%n",
                db, writers, perTransaction, total, s, total / s);
    }

    static void integrateRate(String db, Sequencer sequencer, LedgerReads reads) {
        long start = System.nanoTime();
        long integrated = sequencer.integrateAll();
        double s = seconds(start);
        System.out.printf("%-16s sequencer integrated %,d entries in %.2f s = %,.0f entries/s (tree size %,d)%n",
                db, integrated, s, integrated / s, reads.treeSize());
    }

    static void databaseProofs(String db, LedgerReads reads, long n) {
        SplittableRandom random = new SplittableRandom(7);
        int ops = 2_000;
        for (int i = 0; i < 500; i++) {
            reads.inclusion(random.nextLong(n), n);
        }
        long[] inclusion = new long[ops];
        long[] consistency = new long[ops];
        for (int i = 0; i < ops; i++) {
            long t0 = System.nanoTime();
            reads.inclusion(random.nextLong(n), n); // includes the root of size n
            long t1 = System.nanoTime();
            reads.consistency(1 + random.nextLong(n), n);
            consistency[i] = System.nanoTime() - t1;
            inclusion[i] = t1 - t0;
        }
        print(db, n, "inclusion proof + root (HTTP-less service call)", inclusion);
        print(db, n, "consistency proof (service call)", consistency);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static void print(String label, long n, String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        System.out.printf("%-16s n=%,d  %-48s mean %8.1f µs   p50 %8.1f µs   p99 %8.1f µs%n", label, n, what, mean,
                sorted[sorted.length / 2] / 1000.0, sorted[sorted.length * 99 / 100] / 1000.0);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
