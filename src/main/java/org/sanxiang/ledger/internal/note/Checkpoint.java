package org.sanxiang.ledger.internal.note;

import java.util.Base64;

/**
 * The body of a C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the log's origin line, the tree size
 * in decimal and the base64 root hash, each ending in a newline.
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || lines[0].isEmpty() || !lines[1].matches("0|[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a checkpoint: " + text);
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
    }
}
