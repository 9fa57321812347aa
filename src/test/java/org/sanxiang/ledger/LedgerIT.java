package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanxiang.ledger.internal.Checkpointer;
import org.sanxiang.ledger.internal.Finding;
import org.sanxiang.ledger.internal.LedgerVerifier;
import org.sanxiang.ledger.internal.Sequencer;
import org.sanxiang.ledger.internal.merkle.NodeId;
import org.sanxiang.platform.CliCommand;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger on a real database: what a command's transaction leaves, and what tampering `ledger verify` catches. */
@IntegrationTest
@DatabaseBehaviour
class LedgerIT {

    @Autowired
    Ledger ledger;
    @Autowired
    Sequencer sequencer;
    @Autowired
    Checkpointer checkpointer;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    List<CliCommand> commands;

    @Test
    void aRolledBackCommandLeavesNoEntry() {
        long before = count();
        transaction.executeWithoutResult(status -> {
            ledger.append("test", "test.entry", new Ledger.SubjectRef("case", "rollback-1", null), Map.of("n", 1));
            status.setRollbackOnly(); // the command failed after appending
        });
        transaction.executeWithoutResult(status ->
                ledger.append("test", "test.entry", new Ledger.SubjectRef("case", "commit-1", null), Map.of("n", 2)));

        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where subject_id = 'rollback-1'", Long.class)).isZero();
    }

    @Test
    void eightConcurrentWritersGetADenseGapFreeSequenceOfTreeIndexes() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    int n = i;
                    transaction.executeWithoutResult(status -> ledger.append("test", "step.done",
                            new Ledger.SubjectRef("writer", "w" + writer, null), Map.of("i", n)));
                    if (n % 50 == 0) {
                        sequencer.integrateAll(); // integration runs while others write
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        sequencer.integrateAll();

        List<Long> indexes = jdbc.queryForList("select tree_index from ledger_entry order by tree_index", Long.class);
        assertThat(indexes).doesNotContainNull();
        assertThat(indexes).containsExactlyElementsOf(LongStream.range(0, indexes.size()).boxed().toList());
        assertThat(jdbc.queryForObject("select tree_size from ledger_meta", Long.class)).isEqualTo(indexes.size());
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void anAlteredPayloadIsCaughtAndTheEntryNamed() {
        long index = appendAndIntegrate(5) + 2;
        byte[] original = payload(index);
        jdbc.update("update ledger_entry set payload = ? where tree_index = ?",
                "{\"fine\":1}".getBytes(StandardCharsets.UTF_8), index);

        LedgerVerifier.Report report = verifier.verify();
        assertThat(report.ok()).isFalse();
        assertThat(report.firstEntryFinding()).get().extracting(Finding::kind, Finding::index)
                .containsExactly(Finding.Kind.ENTRY_ALTERED, index);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ledgerCommand().run(new String[] {"verify"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("索引 " + index + " ", "entry " + index + " was altered");

        jdbc.update("update ledger_entry set payload = ? where tree_index = ?", original, index);
        assertThat(verifier.verify().ok()).isTrue();
    }

    /** Who, when, about what and whose record are hashed with the facts: changing their columns is caught too. */
    @ParameterizedTest
    @ValueSource(strings = {"created_by = 'intruder'", "subject_id = 'another-case'", "agency_id = 42",
            "entry_type = 'case.closed'", "module = 'other'"})
    void anAlteredActorSubjectOrAgencyIsCaughtAndTheEntryNamed(String change) {
        long index = appendAndIntegrate(4) + 1;
        Map<String, Object> row = jdbc.queryForMap("select * from ledger_entry where tree_index = ?", index);
        jdbc.update("update ledger_entry set " + change + " where tree_index = ?", index);

        assertThat(verifier.verify().firstEntryFinding()).get().extracting(Finding::kind, Finding::index)
                .containsExactly(Finding.Kind.ENTRY_RELABELLED, index);

        delete(index);
        restore(row);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void anAlteredTimeIsCaughtAndTheEntryNamed() {
        long index = appendAndIntegrate(3) + 2;
        OffsetDateTime time = jdbc.queryForObject("select created_at from ledger_entry where tree_index = ?",
                OffsetDateTime.class, index);
        jdbc.update("update ledger_entry set created_at = ? where tree_index = ?", time.minusHours(1), index);

        assertThat(verifier.verify().firstEntryFinding()).get().extracting(Finding::kind, Finding::index)
                .containsExactly(Finding.Kind.ENTRY_RELABELLED, index);

        jdbc.update("update ledger_entry set created_at = ? where tree_index = ?", time, index);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aDeletedEntryIsCaughtAndTheEntryNamed() {
        long index = appendAndIntegrate(5) + 1;
        Map<String, Object> row = delete(index);

        assertThat(verifier.verify().firstEntryFinding()).get().extracting(Finding::kind, Finding::index)
                .containsExactly(Finding.Kind.ENTRY_MISSING, index);

        restore(row);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void theLastEntryDeletedIsCaughtToo() {
        long last = appendAndIntegrate(3) + 2;
        Map<String, Object> row = delete(last);

        assertThat(verifier.verify().firstEntryFinding()).get().extracting(Finding::kind, Finding::index)
                .containsExactly(Finding.Kind.ENTRY_MISSING, last);

        restore(row);
        assertThat(verifier.verify().ok()).isTrue();
    }

    private Map<String, Object> delete(long index) {
        Map<String, Object> row = jdbc.queryForMap("select * from ledger_entry where tree_index = ?", index);
        jdbc.update("delete from ledger_entry where tree_index = ?", index);
        return row;
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("insert into ledger_entry (seq, tree_index, module, entry_type, subject_type, subject_id, agency_id, "
                        + "payload, leaf_hash, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"), row.get("tree_index"), row.get("module"), row.get("entry_type"), row.get("subject_type"),
                row.get("subject_id"), row.get("agency_id"), row.get("payload"), row.get("leaf_hash"),
                row.get("created_at"), row.get("created_by"));
    }

    @Test
    void swappedEntriesAreCaughtAndTheFirstOfThemNamed() {
        long first = appendAndIntegrate(6) + 1;
        long second = first + 3;
        swap(first, second);

        assertThat(verifier.verify().firstEntryFinding()).get().extracting(Finding::kind, Finding::index)
                .containsExactly(Finding.Kind.ENTRY_REORDERED, first);

        swap(first, second);
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void aForgedCheckpointIsCaughtByItsSignature() {
        appendAndIntegrate(2);
        checkpointer.checkpointNow("test");
        Map<String, Object> latest = jdbc.queryForMap("select id, note from ledger_checkpoint order by id desc limit 1");
        String note = (String) latest.get("note");
        String[] lines = note.split("\n");
        String forged = note.replace("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) + 1) + "\n");
        jdbc.update("update ledger_checkpoint set note = ? where id = ?", forged, latest.get("id"));

        assertThat(verifier.verify().findings()).extracting(Finding::kind).contains(Finding.Kind.CHECKPOINT_SIGNATURE);

        jdbc.update("update ledger_checkpoint set note = ? where id = ?", note, latest.get("id"));
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    void anAlteredStoredTreeNodeIsCaught() {
        appendAndIntegrate(4);
        checkpointer.checkpointNow("test");
        long key = new NodeId(1, 0).key(); // the hash of entries 0 and 1
        byte[] original = jdbc.queryForObject("select hash from ledger_node where node_key = ?", byte[].class, key);
        jdbc.update("update ledger_node set hash = ? where node_key = ?", new byte[32], key);

        assertThat(verifier.verify().findings()).extracting(Finding::kind, Finding::index)
                .contains(org.assertj.core.groups.Tuple.tuple(Finding.Kind.NODE_MISMATCH, 0L));

        jdbc.update("update ledger_node set hash = ? where node_key = ?", original, key);
        assertThat(verifier.verify().ok()).isTrue();
    }

    private void swap(long a, long b) {
        jdbc.update("update ledger_entry set tree_index = -1 where tree_index = ?", a);
        jdbc.update("update ledger_entry set tree_index = ? where tree_index = ?", a, b);
        jdbc.update("update ledger_entry set tree_index = ? where tree_index = -1", b);
    }

    /** Appends n entries in one committed transaction, integrates them and returns the index of the first. */
    private long appendAndIntegrate(int n) {
        sequencer.integrateAll();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < n; i++) {
                ledger.append("test", "step.done", new Ledger.SubjectRef("case", "c" + i, null),
                        Map.of("fine", 100 * i, "i", i));
            }
        });
        sequencer.integrateAll();
        long size = jdbc.queryForObject("select tree_size from ledger_meta", Long.class);
        assertThat(verifier.verify().ok()).as("the ledger verifies before tampering").isTrue();
        return size - n;
    }

    private byte[] payload(long index) {
        return jdbc.queryForObject("select payload from ledger_entry where tree_index = ?", byte[].class, index);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
    }

    private CliCommand ledgerCommand() {
        return commands.stream().filter(c -> c.name().equals("ledger")).findFirst().orElseThrow();
    }
}
