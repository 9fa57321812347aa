package org.sanxiang.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.ledger.ReconciledRecords;
import org.sanxiang.ledger.internal.json.CanonicalJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Reconciles every module's rows with the ledger ({@link ReconciledRecords}): each row's facts must equal those of
 * the latest entry describing it, a row no entry describes is unrecorded, and a record the ledger describes but
 * no row holds is missing.
 * <p>
 * A pass streams the describing entries once (one small note per record: its key and where its latest entry is),
 * then each kind's rows in batches, fetching the latest entries of a batch in one query; neither the entries nor
 * the rows are ever all in memory. The latest entry is the one created last (ties: the higher sequence number),
 * not the one with the highest sequence number: nodes hand out sequence numbers in blocks, so across nodes they
 * do not follow time, while two changes of one record do (the second read what the first committed).
 */
@Component
class Reconciler {

    private static final int BATCH = 1000;
    private static final JsonMapper JSON = JsonMapper.shared();

    /** What a pass found, and how many rows it compared. */
    record Result(long recordsChecked, List<Finding> findings) {
    }

    private final List<ReconciledRecords> kinds;
    private final EntryStore entries;
    private final TransactionTemplate readOnly;

    Reconciler(List<ReconciledRecords> kinds, EntryStore entries, PlatformTransactionManager transactions) {
        this.kinds = kinds;
        this.entries = entries;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A pass reads the entries before the rows, so a command committing in between looks like drift for a moment;
     * what a pass finds is therefore read again, and only what both passes find about the same record is reported
     * (as the second saw it: its entry may have joined the tree meanwhile).
     */
    Result reconcile() {
        Result first = readOnly.execute(status -> new Pass().run());
        if (first.findings().isEmpty()) {
            return first;
        }
        Set<List<Object>> seen = new HashSet<>(first.findings().stream().map(Reconciler::about).toList());
        Result second = readOnly.execute(status -> new Pass().run());
        return new Result(second.recordsChecked(),
                second.findings().stream().filter(f -> seen.contains(about(f))).toList());
    }

    private static List<Object> about(Finding finding) {
        return List.of(finding.kind(), finding.record());
    }

    /** Where a record's latest entry is. */
    private record Latest(Instant createdAt, long seq, Long index) {

        static final Comparator<Latest> ORDER = Comparator.comparing(Latest::createdAt).thenComparingLong(Latest::seq);

        static Latest of(EntryStore.Row entry) {
            return new Latest(entry.createdAt(), entry.seq(), entry.treeIndex());
        }

        static Latest newer(Latest a, Latest b) {
            return ORDER.compare(a, b) >= 0 ? a : b;
        }

        Finding.EntryRef ref() {
            return new Finding.EntryRef(index, seq);
        }
    }

    private final class Pass {

        private final Map<String, ReconciledRecords> byEntryType = new HashMap<>();
        private final Map<String, Map<String, Latest>> latest = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private long checked;

        Result run() {
            for (ReconciledRecords kind : kinds) {
                kind.entryTypes().forEach(type -> byEntryType.put(type, kind));
                latest.put(kind.recordType(), new HashMap<>());
            }
            entries.forEachOfTypes(byEntryType.keySet(), this::note);
            kinds.forEach(this::reconcile);
            return new Result(checked, findings);
        }

        private void note(EntryStore.Row entry) {
            ReconciledRecords kind = byEntryType.get(entry.entryType());
            String key = kind.keyFact().map(fact -> text(facts(entry).get(fact))).orElse(entry.subjectId());
            if (key != null) {
                latest.get(kind.recordType()).merge(key, Latest.of(entry), Latest::newer);
            }
        }

        private void reconcile(ReconciledRecords kind) {
            List<ReconciledRecords.Row> batch = new ArrayList<>(BATCH);
            kind.forEachRow(row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    compare(kind, batch);
                    batch.clear();
                }
            });
            compare(kind, batch);
            latest.get(kind.recordType()).entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(Latest.ORDER))
                    .forEach(e -> findings.add(Finding.missing(record(kind, e.getKey(), List.of()), kind.nameZh(),
                            e.getValue().ref())));
        }

        private void compare(ReconciledRecords kind, List<ReconciledRecords.Row> rows) {
            Map<String, Latest> known = latest.get(kind.recordType());
            Map<ReconciledRecords.Row, Latest> described = new LinkedHashMap<>();
            for (ReconciledRecords.Row row : rows) {
                checked++;
                Latest entry = known.remove(row.key());
                if (entry == null) {
                    findings.add(Finding.unrecorded(record(kind, row.key(), List.of()), kind.nameZh()));
                } else {
                    described.put(row, entry);
                }
            }
            Map<Long, EntryStore.Row> stored = entries.bySeq(described.values().stream().map(Latest::seq).toList());
            described.forEach((row, entry) -> {
                List<String> fields = differing(kind, JSON.readTree(CanonicalJson.bytes(row.facts())),
                        facts(stored.get(entry.seq())));
                if (!fields.isEmpty()) {
                    findings.add(Finding.drifted(record(kind, row.key(), fields), kind.nameZh(), entry.ref()));
                }
            });
        }
    }

    /** The facts of row and entry that differ (see {@link ReconciledRecords} for which are compared). */
    static List<String> differing(ReconciledRecords kind, JsonNode row, JsonNode entry) {
        Set<String> keys = new TreeSet<>(row.propertyNames());
        keys.addAll(entry.propertyNames());
        keys.remove(EntryHeader.KEY);
        keys.removeAll(kind.changeFacts());
        List<String> differing = new ArrayList<>();
        for (String key : keys) {
            if (!entry.has(key) && kind.laterFacts().contains(key)) {
                continue; // an entry of the older shape
            }
            JsonNode a = row.has(key) ? row.get(key) : NullNode.getInstance(); // a fact left out counts as null
            JsonNode b = entry.has(key) ? entry.get(key) : NullNode.getInstance();
            if (!a.equals(b)) {
                differing.add(key);
            }
        }
        return differing;
    }

    private static JsonNode facts(EntryStore.Row entry) {
        return JSON.readTree(entry.payload());
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
    }

    private static Finding.RecordRef record(ReconciledRecords kind, String key, List<String> fields) {
        return new Finding.RecordRef(kind.recordType(), key, fields);
    }
}
