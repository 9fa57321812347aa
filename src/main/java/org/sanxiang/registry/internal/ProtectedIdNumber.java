package org.sanxiang.registry.internal;

/** An ID number as stored: encrypted, its keyed digest, and its mask for display. */
record ProtectedIdNumber(String cipher, String digest, String masked) {
}
