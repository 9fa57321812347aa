package org.sanxiang.ledger.internal.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MerkleTreeTest {

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void rootsAndProofsFromStoredSubtreesMatchTheRecursiveDefinitionForEverySize(HashAlgorithm algorithm) {
        TreeHasher hasher = new TreeHasher(algorithm);
        MerkleVerifier verifier = new MerkleVerifier(hasher);
        List<byte[]> leaves = new ArrayList<>();
        InMemoryNodes nodes = new InMemoryNodes(hasher);
        MerkleTree tree = new MerkleTree(hasher, nodes);
        for (int i = 0; i < 70; i++) {
            byte[] leaf = hasher.hashLeaf(ByteBuffer.allocate(4).putInt(i).array());
            leaves.add(leaf);
            nodes.appendLeaf(leaf);
        }
        for (int size = 1; size <= 70; size++) {
            byte[] root = mth(hasher, leaves.subList(0, size));
            assertThat(tree.root(size)).isEqualTo(root);
            for (int index = 0; index < size; index++) {
                assertThat(verifier.verifyInclusion(index, size, leaves.get(index), tree.inclusionProof(index, size), root))
                        .as("inclusion of %d in %d", index, size).isTrue();
            }
            for (int from = 1; from <= size; from++) {
                assertThat(verifier.verifyConsistency(from, size, mth(hasher, leaves.subList(0, from)), root,
                        tree.consistencyProof(from, size))).as("consistency %d -> %d", from, size).isTrue();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theRootAndAnInclusionProofTogetherAreTheSameAsApartAndTakeOneRead() {
        TreeHasher hasher = new TreeHasher(HashAlgorithm.SHA_256);
        InMemoryNodes stored = new InMemoryNodes(hasher);
        for (int i = 0; i < 40; i++) {
            stored.appendData(new byte[] {(byte) i});
        }
        int[] reads = {0};
        MerkleTree tree = new MerkleTree(hasher, ids -> {
            reads[0]++;
            return stored.read(ids);
        });
        for (int size = 1; size <= 40; size++) {
            for (int index = 0; index < size; index++) {
                reads[0] = 0;
                MerkleTree.RootAndPath both = tree.rootAndInclusionProof(index, size);
                assertThat(reads[0]).as("reads for %d in %d", index, size).isEqualTo(1);
                assertThat(both.root()).isEqualTo(tree.root(size));
                assertThat(both.path()).containsExactlyElementsOf(tree.inclusionProof(index, size));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void aProofForAnotherLeafDoesNotVerify(HashAlgorithm algorithm) {
        TreeHasher hasher = new TreeHasher(algorithm);
        InMemoryNodes nodes = new InMemoryNodes(hasher);
        for (int i = 0; i < 13; i++) {
            nodes.appendData(new byte[] {(byte) i});
        }
        MerkleTree tree = new MerkleTree(hasher, nodes);
        assertThat(new MerkleVerifier(hasher).verifyInclusion(5, 13, hasher.hashLeaf(new byte[] {6}),
                tree.inclusionProof(5, 13), tree.root(13))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void sm3GivesTheKnownAnswerOfGbT32905() {
        // GB/T 32905-2016 Appendix A, example 1: SM3("abc")
        assertThat(HexFormat.of().formatHex(HashAlgorithm.SM3.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    /** MTH exactly as written in RFC 6962 §2.1, as an independent reference. */
    private static byte[] mth(TreeHasher hasher, List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return hasher.hashChildren(mth(hasher, leaves.subList(0, k)), mth(hasher, leaves.subList(k, leaves.size())));
    }
}
