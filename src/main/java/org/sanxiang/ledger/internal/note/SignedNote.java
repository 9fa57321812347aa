package org.sanxiang.ledger.internal.note;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note (https://c2sp.org/signed-note): UTF-8 text ending in a newline, a blank line, and
 * signature lines {@code — <key name> <base64(key id || signature)>}. The signature covers the text including
 * its final newline.
 */
public record SignedNote(String text, List<Line> signatures) {

    private static final String DASH = "\u2014 ";

    /** One signature line. */
    public record Line(String keyName, byte[] keyId, byte[] signature) {
    }

    public static SignedNote sign(String text, NoteVerifierKey key, PrivateKey privateKey) {
        if (!text.endsWith("\n") || text.contains("\n\n")) {
            throw new IllegalArgumentException("note text must end with a newline and contain no blank line");
        }
        byte[] signature = key.algorithm().sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        return new SignedNote(text, List.of(new Line(key.name(), key.keyId(), signature)));
    }

    public String encoded() {
        StringBuilder note = new StringBuilder(text).append('\n');
        for (Line line : signatures) {
            byte[] blob = new byte[line.keyId().length + line.signature().length];
            System.arraycopy(line.keyId(), 0, blob, 0, line.keyId().length);
            System.arraycopy(line.signature(), 0, blob, line.keyId().length, line.signature().length);
            note.append(DASH).append(line.keyName()).append(' ')
                    .append(Base64.getEncoder().encodeToString(blob)).append('\n');
        }
        return note.toString();
    }

    public static SignedNote parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("not a signed note: no blank line before the signatures");
        }
        List<Line> lines = new ArrayList<>();
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH)) {
                throw new IllegalArgumentException("not a signature line: " + line);
            }
            String[] parts = line.substring(DASH.length()).split(" ");
            byte[] blob = Base64.getDecoder().decode(parts.length == 2 ? parts[1] : "");
            if (blob.length < 5) {
                throw new IllegalArgumentException("signature line too short: " + line);
            }
            lines.add(new Line(parts[0], Arrays.copyOf(blob, 4), Arrays.copyOfRange(blob, 4, blob.length)));
        }
        return new SignedNote(note.substring(0, split + 1), lines);
    }

    /** Whether a signature line by this key (same name and id) carries a valid signature of the text. */
    public boolean isSignedBy(NoteVerifierKey key) {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        return signatures.stream().anyMatch(line -> line.keyName().equals(key.name())
                && Arrays.equals(line.keyId(), key.keyId())
                && key.algorithm().verify(key.publicKey(), message, line.signature()));
    }
}
