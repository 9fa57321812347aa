package org.sanxiang.ledger.internal;

import java.util.List;

/**
 * One thing {@code ledger verify} found wrong, in Chinese and English.
 *
 * @param index  the tree index of the entry concerned, or the tree size of a checkpoint; null when neither (or the
 *               entry is not yet in the tree)
 * @param record the record a RECORD_ finding is about; null for the others
 */
public record Finding(Kind kind, Long index, String zh, String en, RecordRef record) {

    /**
     * What was found. The ENTRY_ kinds name the first entry that was tampered with; the RECORD_ kinds a row that
     * is not what the ledger records (DRIFTED: its facts differ from its latest entry; UNRECORDED: no entry
     * describes it; MISSING: the ledger describes it but the table no longer has it).
     */
    public enum Kind {
        ENTRY_ALTERED, ENTRY_RELABELLED, ENTRY_REORDERED, ENTRY_MISSING, NODE_MISMATCH, TREE_MISMATCH,
        CHECKPOINT_SIGNATURE, CHECKPOINT_ROOT, CHECKPOINT_INCONSISTENT, RECORD_DRIFTED, RECORD_UNRECORDED,
        RECORD_MISSING
    }

    /** A record of a module's table: its type, its key and the facts that differ from its latest entry. */
    public record RecordRef(String type, String id, List<String> fields) {
    }

    private Finding(Kind kind, Long index, String zh, String en) {
        this(kind, index, zh, en, null);
    }

    /** @param entry where the latest entry is: its tree index, or its sequence number while not yet in the tree */
    static Finding drifted(RecordRef record, String nameZh, EntryRef entry) {
        String fields = String.join(", ", record.fields());
        return new Finding(Kind.RECORD_DRIFTED, entry.index(),
                nameZh + " " + record.id() + " 与账本不符：字段 " + fields + " 与" + entry.zh() + "的记录不同",
                record.type() + " " + record.id() + " differs from the ledger: " + fields + " differ(s) from " + entry.en(),
                record);
    }

    static Finding unrecorded(RecordRef record, String nameZh) {
        return new Finding(Kind.RECORD_UNRECORDED, null,
                nameZh + " " + record.id() + " 在账本中没有记录：该行不是经由应用写入的",
                record.type() + " " + record.id() + " has no ledger entry: the row was not written through the application",
                record);
    }

    static Finding missing(RecordRef record, String nameZh, EntryRef entry) {
        return new Finding(Kind.RECORD_MISSING, entry.index(),
                nameZh + " " + record.id() + " 已从表中消失，但" + entry.zh() + "的记录记载了它",
                record.type() + " " + record.id() + " is gone from its table, though " + entry.en() + " records it",
                record);
    }

    /** An entry as a finding cites it. */
    record EntryRef(Long index, long seq) {

        String zh() {
            return index != null ? "索引 " + index + " " : "序号 " + seq + "（尚未入树）";
        }

        String en() {
            return index != null ? "entry " + index : "entry seq " + seq + " (not yet in the tree)";
        }
    }

    static Finding altered(long index) {
        return new Finding(Kind.ENTRY_ALTERED, index,
                "索引 " + index + " 的记录内容被篡改：内容与其哈希不符",
                "entry " + index + " was altered: its payload no longer matches its hash");
    }

    static Finding relabelled(long index) {
        return new Finding(Kind.ENTRY_RELABELLED, index,
                "索引 " + index + " 的记录的操作人、时间、对象或所属机关被改动：与其哈希内容中记载的不符",
                "entry " + index + " was relabelled: its actor, time, subject or agency differs from what its hashed payload records");
    }

    static Finding reordered(long index) {
        return new Finding(Kind.ENTRY_REORDERED, index,
                "索引 " + index + " 的记录被调换或替换：该位置上的记录不是树中登记的记录",
                "entry " + index + " was reordered or replaced: the row at this position is not the entry the tree holds there");
    }

    static Finding missing(long index) {
        return new Finding(Kind.ENTRY_MISSING, index,
                "索引 " + index + " 的记录缺失（已被删除）",
                "entry " + index + " is missing (deleted)");
    }

    static Finding node(long level, long index, long firstEntry, long endEntry) {
        return new Finding(Kind.NODE_MISMATCH, firstEntry,
                "存储的树节点（层 " + level + "，序号 " + index + "，覆盖记录 " + firstEntry + "–" + (endEntry - 1) + "）与重算结果不符",
                "stored tree node (level " + level + ", index " + index + ", entries " + firstEntry + "–" + (endEntry - 1)
                        + ") differs from the recomputed one");
    }

    static Finding tree(long size) {
        return new Finding(Kind.TREE_MISMATCH, size,
                "账本记录的树（大小 " + size + "）与重算结果不符",
                "the ledger's recorded tree (size " + size + ") differs from the recomputed one");
    }

    static Finding signature(long id, long size) {
        return new Finding(Kind.CHECKPOINT_SIGNATURE, size,
                "检查点 #" + id + "（大小 " + size + "）的签名无效",
                "checkpoint #" + id + " (size " + size + ") has no valid signature");
    }

    static Finding root(long id, long size) {
        return new Finding(Kind.CHECKPOINT_ROOT, size,
                "检查点 #" + id + "（大小 " + size + "）的根哈希与由记录重算的树不符",
                "checkpoint #" + id + " (size " + size + ") does not match the tree recomputed from the entries");
    }

    static Finding inconsistent(long id, long from, long size) {
        return new Finding(Kind.CHECKPOINT_INCONSISTENT, size,
                "检查点 #" + id + "（大小 " + size + "）与大小 " + from + " 的检查点不一致",
                "checkpoint #" + id + " (size " + size + ") is not consistent with the checkpoint of size " + from);
    }

    public boolean namesEntry() {
        return kind.name().startsWith("ENTRY_");
    }
}
