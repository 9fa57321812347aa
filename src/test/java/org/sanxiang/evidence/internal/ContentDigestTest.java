package org.sanxiang.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentDigestTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sha256AndSm3OfAbcAreTheStandardsKnownAnswers() throws IOException {
        ContentHashes hashes = new ContentDigest(true).consume(new ByteArrayInputStream(ABC), Long.MAX_VALUE).finish();

        // FIPS 180-4 example and GB/T 32905-2016 example A.1
        assertThat(hashes.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hashes.sm3()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void hashingInPiecesGivesTheSameAddressAsHashingAtOnce() {
        ContentDigest pieces = new ContentDigest(false);
        pieces.update(ABC, 0, 1);
        pieces.update(ABC, 1, 2);

        assertThat(pieces.length()).isEqualTo(3);
        assertThat(pieces.finish().sha256()).startsWith("ba7816bf");
    }

    @Test
    void withoutSm3ConfiguredOnlySha256IsComputed() throws IOException {
        assertThat(new ContentDigest(false).consume(new ByteArrayInputStream(ABC), 3).finish().sm3()).isNull();
    }
}
