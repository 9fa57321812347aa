package org.sanxiang.evidence.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence files live, addressed by their SHA-256 (lower-case hex). Write-once by construction: there is
 * {@link #putIfAbsent} and nothing that overwrites or deletes.
 */
public interface BlobStore {

    /**
     * Stores the file's content under {@code sha256} unless an object with that address exists already (the same
     * content uploaded twice is kept once). Durable when this returns. The caller keeps ownership of {@code file}.
     *
     * @return true if the object was new
     */
    boolean putIfAbsent(String sha256, Path file) throws IOException;

    boolean exists(String sha256) throws IOException;

    /**
     * The bytes {@code [offset, offset + length)} of an object; {@code length} {@link Long#MAX_VALUE} = to its end.
     *
     * @throws java.nio.file.NoSuchFileException if there is no such object
     */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /** For logs and the integrity report: which store this is. */
    String describe();
}
