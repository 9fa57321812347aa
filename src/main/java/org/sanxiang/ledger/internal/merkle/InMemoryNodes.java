package org.sanxiang.ledger.internal.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole tree held in memory, one packed byte array per level (32 bytes per node): for tests, for the
 * benchmark at tens of millions of leaves, and as the reference the stored tree is checked against.
 */
public final class InMemoryNodes implements NodeSource {

    private final TreeHasher hasher;
    private final CompactRange range;
    private final List<byte[]> levels = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    public InMemoryNodes(TreeHasher hasher) {
        this.hasher = hasher;
        this.range = CompactRange.empty(hasher);
    }

    public long size() {
        return range.size();
    }

    public byte[] root() {
        return range.root();
    }

    public void appendLeaf(byte[] leafHash) {
        for (CompactRange.Node node : range.append(leafHash)) {
            store(node.id(), node.hash());
        }
    }

    public void appendData(byte[] data) {
        appendLeaf(hasher.hashLeaf(data));
    }

    private void store(NodeId id, byte[] hash) {
        while (levels.size() <= id.level()) {
            levels.add(new byte[hasher.size() * 16]);
            counts.add(0L);
        }
        byte[] level = levels.get(id.level());
        long offset = id.index() * hasher.size();
        if (offset + hasher.size() > level.length) {
            level = Arrays.copyOf(level, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, level.length * 2L)));
            levels.set(id.level(), level);
        }
        System.arraycopy(hash, 0, level, (int) offset, hasher.size());
        counts.set(id.level(), id.index() + 1);
    }

    @Override
    public Map<NodeId, byte[]> read(Collection<NodeId> nodes) {
        Map<NodeId, byte[]> hashes = new HashMap<>();
        for (NodeId id : nodes) {
            if (id.level() >= levels.size() || id.index() >= counts.get(id.level())) {
                throw new IllegalStateException("node " + id + " is not stored");
            }
            int offset = Math.toIntExact(id.index() * hasher.size());
            hashes.put(id, Arrays.copyOfRange(levels.get(id.level()), offset, offset + hasher.size()));
        }
        return hashes;
    }
}
