package org.sanxiang.ledger.internal.merkle;

import java.util.Collection;
import java.util.Map;

/** Where stored perfect-subtree hashes come from: a database table in production, memory in tests. */
public interface NodeSource {

    /**
     * The hashes of the given nodes, read together (one round trip for a store).
     *
     * @throws IllegalStateException if a node is not stored (the tree is not yet that big)
     */
    Map<NodeId, byte[]> read(Collection<NodeId> nodes);
}
