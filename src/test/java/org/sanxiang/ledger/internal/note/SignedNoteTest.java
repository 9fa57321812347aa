package org.sanxiang.ledger.internal.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignedNoteTest {

    /** The example of Go's golang.org/x/mod/sumdb/note documentation, the reference signed-note implementation. */
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_SEED = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_NOTE = """
            If you think cryptography is the answer to your problem,
            then you don't know what your problem is.

            \u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=
            """;

    @Test
    void aNoteSignedByTheGoReferenceImplementationVerifies() {
        NoteVerifierKey key = NoteVerifierKey.parse(GO_VERIFIER_KEY);
        assertThat(key.encoded()).isEqualTo(GO_VERIFIER_KEY);
        SignedNote note = SignedNote.parse(GO_NOTE);
        assertThat(note.isSignedBy(key)).isTrue();
        assertThat(note.encoded()).isEqualTo(GO_NOTE);
    }

    @Test
    void weSignExactlyAsTheGoReferenceImplementationDoes() throws Exception {
        byte[] seed = Base64.getDecoder().decode(GO_SEED);
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420");
        byte[] encoded = new byte[pkcs8.length + 32];
        System.arraycopy(pkcs8, 0, encoded, 0, pkcs8.length);
        System.arraycopy(seed, 1, encoded, pkcs8.length, 32); // after the 0x01 type byte
        NoteVerifierKey key = NoteVerifierKey.parse(GO_VERIFIER_KEY);
        SignedNote note = SignedNote.sign(SignedNote.parse(GO_NOTE).text(), key,
                SignatureAlgorithm.ED25519.privateKey(encoded));
        assertThat(note.encoded()).isEqualTo(GO_NOTE);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aSignedCheckpointVerifiesWithItsPublishedKeyAndFailsWhenChanged(SignatureAlgorithm algorithm) {
        KeyPair pair = algorithm.generateKeyPair();
        NoteVerifierKey key = new NoteVerifierKey("sanxiang.example/ledger", algorithm, pair.getPublic());
        Checkpoint checkpoint = new Checkpoint("sanxiang.example/ledger", 42, new byte[32]);
        String note = SignedNote.sign(checkpoint.text(), key, pair.getPrivate()).encoded();

        NoteVerifierKey published = NoteVerifierKey.parse(key.encoded());
        assertThat(SignedNote.parse(note).isSignedBy(published)).isTrue();
        assertThat(Checkpoint.parse(SignedNote.parse(note).text())).usingRecursiveComparison().isEqualTo(checkpoint);
        assertThat(SignedNote.parse(note.replace("\n42\n", "\n43\n")).isSignedBy(published)).isFalse();

        NoteVerifierKey other = new NoteVerifierKey("sanxiang.example/ledger", algorithm,
                algorithm.generateKeyPair().getPublic());
        assertThat(SignedNote.parse(note).isSignedBy(other)).isFalse();
    }

    @Test
    void theCheckpointBodyIsOriginSizeAndBase64Root() {
        Checkpoint checkpoint = new Checkpoint("sanxiang.example/ledger", 8,
                HexFormat.of().parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));
        assertThat(checkpoint.text())
                .isEqualTo("sanxiang.example/ledger\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
    }

    @Test
    void aVerifierKeyWhoseIdDoesNotMatchIsRefused() {
        assertThatThrownBy(() -> NoteVerifierKey.parse(GO_VERIFIER_KEY.replace("c74f20a3", "00000000")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
