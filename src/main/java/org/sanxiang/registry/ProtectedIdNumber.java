package org.sanxiang.registry;

/** An ID number as stored: encrypted, its keyed digest, and its mask for display. */
public record ProtectedIdNumber(String cipher, String digest, String masked) {
}
