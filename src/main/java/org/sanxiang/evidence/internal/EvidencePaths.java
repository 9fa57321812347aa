package org.sanxiang.evidence.internal;

import java.nio.file.Path;

/**
 * The filesystem store's root and the staging area of partial uploads, resolved once at start-up (so a data
 * directory given as a random placeholder, as in tests, names one directory for both).
 */
public record EvidencePaths(Path root, Path staging) {
}
