package org.sanxiang.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Hashes content while it streams past, so no file is ever read twice or held in memory.
 * SHA-256 comes from the JDK (hardware-accelerated); SM3 from Bouncy Castle's lightweight API.
 */
public final class ContentDigest {

    private final MessageDigest sha256;
    private final SM3Digest sm3;
    private long length;

    public ContentDigest(boolean withSm3) {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        this.sm3 = withSm3 ? new SM3Digest() : null;
    }

    public void update(byte[] bytes, int offset, int count) {
        sha256.update(bytes, offset, count);
        if (sm3 != null) {
            sm3.update(bytes, offset, count);
        }
        length += count;
    }

    /** Reads the stream to its end (or {@code limit} bytes) and hashes it; does not close it. */
    public ContentDigest consume(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[1 << 20];
        long remaining = limit;
        int n;
        while (remaining > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) > 0) {
            update(buffer, 0, n);
            remaining -= n;
        }
        return this;
    }

    /** Bytes hashed so far. */
    public long length() {
        return length;
    }

    public ContentHashes finish() {
        String sm3Hex = null;
        if (sm3 != null) {
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            sm3Hex = HexFormat.of().formatHex(out);
        }
        return new ContentHashes(HexFormat.of().formatHex(sha256.digest()), sm3Hex);
    }
}
