package org.sanxiang.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.ledger.Ledger;
import org.sanxiang.ledger.internal.merkle.MerkleVerifier;
import org.sanxiang.ledger.internal.merkle.NodeId;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.test.DatabaseBehaviour;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Proofs served for the sizes integrated anywhere in a cluster, and for no other size. */
@IntegrationTest
@TestPropertySource(properties = "sanxiang.scheduling.enabled=false") // only the sequencers below integrate
@DatabaseBehaviour
class LedgerReadsIT {

    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    Ledger ledger;
    @Autowired
    Sequencer sequencer;
    @Autowired
    LedgerReads reads;
    @Autowired
    IntegratedSize integrated;
    @Autowired
    TreeStore trees;
    @Autowired
    EntryStore entries;
    @Autowired
    LedgerIdentity identity;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    LedgerProperties properties;

    @Test
    void aSizeIntegratedByAnotherNodeIsServedAndASizeNeverIntegratedIsRefused() {
        append("here", 5);
        sequencer.integrateAll();
        TreeStore.Meta before = trees.meta().orElseThrow();
        assertThat(integrated.known()).as("this node's sequencer, after its commit").isEqualTo(before.treeSize());

        // another node of the cluster: its own sequencer, of which this JVM's known size hears nothing
        Sequencer otherNode = new Sequencer(trees, entries, identity, transaction, new IntegratedSize(), properties);
        append("there", 3);
        otherNode.integrateAll();
        TreeStore.Meta after = trees.meta().orElseThrow();
        long size = after.treeSize();
        assertThat(size).isEqualTo(before.treeSize() + 3);
        assertThat(integrated.known()).isEqualTo(before.treeSize());

        long index = size - 2; // a leaf the other node integrated
        LedgerReads.InclusionProof inclusion = reads.inclusion(index, size);
        MerkleVerifier verifier = new MerkleVerifier(identity.get().hasher());
        byte[] leaf = trees.read(List.of(new NodeId(0, index))).values().iterator().next();
        assertThat(inclusion.rootHash()).isEqualTo(HEX.formatHex(after.rootHash()));
        assertThat(verifier.verifyInclusion(index, size, leaf, bytes(inclusion.hashes()), after.rootHash())).isTrue();
        assertThat(integrated.known()).as("learnt from the meta row").isEqualTo(size);

        LedgerReads.ConsistencyProof consistency = reads.consistency(before.treeSize(), size);
        assertThat(verifier.verifyConsistency(before.treeSize(), size, before.rootHash(), after.rootHash(),
                bytes(consistency.hashes()))).isTrue();
        assertThat(reads.leafHash(index).leafHash()).isEqualTo(HEX.formatHex(leaf));

        assertThatThrownBy(() -> reads.inclusion(0, size + 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reads.consistency(1, size + 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reads.leafHash(size)).isInstanceOf(NotFoundException.class);
        assertThat(integrated.known()).isEqualTo(size);
    }

    private void append(String subject, int count) {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                ledger.append("test", "test.entry", new Ledger.SubjectRef("case", subject + "-" + i, null), Map.of("i", i));
            }
        });
    }

    private static List<byte[]> bytes(List<String> hashes) {
        return hashes.stream().map(HEX::parseHex).toList();
    }
}
