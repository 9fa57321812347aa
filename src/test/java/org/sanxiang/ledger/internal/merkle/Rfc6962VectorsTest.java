package org.sanxiang.ledger.internal.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RFC 6962 / RFC 9162 test vectors of transparency-dev/merkle (src/test/resources/rfc6962-vectors, Apache
 * 2.0): every happy path verifies, every tampered proof is rejected, and the proofs and roots we generate from
 * the reference tree are exactly the vectors' ones.
 */
class Rfc6962VectorsTest {

    /** The reference tree's leaf inputs (README of the vectors). */
    static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final TreeHasher hasher = new TreeHasher(HashAlgorithm.SHA_256);
    private final MerkleVerifier verifier = new MerkleVerifier(hasher);

    static InMemoryNodes referenceTree(TreeHasher hasher, int size) {
        InMemoryNodes tree = new InMemoryNodes(hasher);
        LEAVES.stream().limit(size).forEach(hex -> tree.appendData(HexFormat.of().parseHex(hex)));
        return tree;
    }

    @Test
    void theReferenceTreeHasTheRootsOfRfc6962() {
        // roots of the 8-leaf tree's prefixes, from transparency-dev/merkle testonly/reference_test.go
        List<String> roots = List.of(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        InMemoryNodes tree = referenceTree(hasher, 8);
        MerkleTree merkle = new MerkleTree(hasher, tree);
        for (int size = 0; size <= 8; size++) {
            assertThat(HexFormat.of().formatHex(merkle.root(size))).as("root of size %d", size).isEqualTo(roots.get(size));
            InMemoryNodes prefix = referenceTree(hasher, size);
            assertThat(prefix.root()).as("compact range root of size %d", size).isEqualTo(merkle.root(size));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInclusionVectorGetsTheVerdictItWants() throws IOException {
        return vectors("inclusion").map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            JsonNode j = v.json();
            boolean verified = verifier.verifyInclusion(u64(j, "leafIdx"), u64(j, "treeSize"),
                    b64(j.get("leafHash")), hashes(j.get("proof")), b64(j.get("root")));
            assertThat(verified).as(j.get("desc").asString()).isEqualTo(!j.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConsistencyVectorGetsTheVerdictItWants() throws IOException {
        return vectors("consistency").map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            JsonNode j = v.json();
            boolean verified = verifier.verifyConsistency(u64(j, "size1"), u64(j, "size2"),
                    b64(j.get("root1")), b64(j.get("root2")), hashes(j.get("proof")));
            assertThat(verified).as(j.get("desc").asString()).isEqualTo(!j.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> theProofsWeGenerateAreTheHappyPathVectors() throws IOException {
        MerkleTree merkle = new MerkleTree(hasher, referenceTree(hasher, 8));
        return Stream.concat(vectors("inclusion"), vectors("consistency"))
                .filter(v -> v.name().endsWith("happy-path.json"))
                .map(v -> DynamicTest.dynamicTest(v.name(), () -> {
                    JsonNode j = v.json();
                    List<byte[]> expected = hashes(j.get("proof"));
                    List<byte[]> generated = j.has("leafIdx")
                            ? merkle.inclusionProof(u64(j, "leafIdx"), u64(j, "treeSize"))
                            : merkle.consistencyProof(u64(j, "size1"), u64(j, "size2"));
                    assertThat(generated).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(expected);
                }));
    }

    @Test
    void generatedProofsVerifyForEveryIndexAndSizeOfTheReferenceTree() {
        MerkleTree merkle = new MerkleTree(hasher, referenceTree(hasher, 8));
        for (int size = 1; size <= 8; size++) {
            byte[] root = merkle.root(size);
            for (int index = 0; index < size; index++) {
                byte[] leaf = hasher.hashLeaf(HexFormat.of().parseHex(LEAVES.get(index)));
                assertThat(verifier.verifyInclusion(index, size, leaf, merkle.inclusionProof(index, size), root)).isTrue();
            }
            for (int from = 1; from <= size; from++) {
                assertThat(verifier.verifyConsistency(from, size, merkle.root(from), root,
                        merkle.consistencyProof(from, size))).as("%d -> %d", from, size).isTrue();
            }
        }
    }

    /** The vectors hold uint64 values (2^64 − 1 for "index − 1" of index 0): read them as two's complement. */
    private static long u64(JsonNode json, String field) {
        return json.get(field).bigIntegerValue().longValue();
    }

    private static byte[] b64(JsonNode node) {
        return Base64.getDecoder().decode(node.asString());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> list.add(b64(n)));
        }
        return list;
    }

    private record Vector(String name, JsonNode json) {
    }

    /** The vectors are files in the test classpath directory (some names contain brackets: walk, don't glob). */
    private static Stream<Vector> vectors(String kind) throws IOException {
        Path root;
        try {
            root = Path.of(Rfc6962VectorsTest.class.getResource("/rfc6962-vectors/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<Vector> vectors = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                vectors.add(new Vector(kind + "/" + root.relativize(file), JSON.readTree(Files.readString(file))));
            }
        }
        assertThat(vectors).hasSizeGreaterThan(20);
        return vectors.stream();
    }
}
