package org.sanxiang.evidence.internal;

/** The content address of a file: its SHA-256 and, where the agency uses 国密 algorithms, its SM3 (lower-case hex). */
public record ContentHashes(String sha256, String sm3) {

    public boolean matches(ContentHashes other) {
        return sha256.equals(other.sha256) && (sm3 == null || other.sm3 == null || sm3.equals(other.sm3));
    }
}
