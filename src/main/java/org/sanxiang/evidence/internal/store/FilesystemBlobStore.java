package org.sanxiang.evidence.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Evidence files on a local filesystem under content-addressed paths {@code sha256/ab/cd/<hex>}.
 * A file appears under its final name only complete and fsynced, by a hard link — which, unlike a rename,
 * fails instead of replacing an existing file, so nothing is ever overwritten.
 */
public final class FilesystemBlobStore implements BlobStore {

    private final Path root;

    public FilesystemBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    @Override
    public boolean putIfAbsent(String sha256, Path file) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return false;
        }
        Path dir = Files.createDirectories(target.getParent());
        // Same filesystem as the staging area: link the already fsynced file, no copy. Otherwise copy it to a
        // temporary name beside the target, fsync, then link that.
        Path source = file;
        Path copy = null;
        if (!Files.getFileStore(file).equals(Files.getFileStore(dir))) {
            copy = dir.resolve(".tmp-" + UUID.randomUUID());
            Files.copy(file, copy);
            fsync(copy);
            source = copy;
        }
        try {
            Files.createLink(target, source);
            readOnly(target);
            fsync(dir);
            return true;
        } catch (FileAlreadyExistsException concurrentUploadOfSameContent) {
            return false;
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(pathOf(sha256), StandardOpenOption.READ);
        channel.position(offset);
        return new LimitedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public String describe() {
        return "filesystem:" + root.toAbsolutePath();
    }

    /** Forces a file's (or a directory's entries') bytes to the disk. */
    public static void fsync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void readOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadOnly();
        }
    }
}
