package org.sanxiang.ledger.internal.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void everyNodeOfAHugeTreeHasItsOwnPositiveKey() {
        for (NodeId id : new NodeId[] {new NodeId(0, 0), new NodeId(7, 0), new NodeId(24, 3), new NodeId(57, 0),
                new NodeId(0, (1L << 57) - 1)}) {
            assertThat(id.key()).isNotNegative();
            assertThat(NodeId.ofKey(id.key())).isEqualTo(id);
        }
        assertThat(new NodeId(1, 0).key()).isNotEqualTo(new NodeId(0, 0).key());
    }
}
