package org.sanxiang.platform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * Secret key files created on a first start (the ledger's signing key, the ID-number key): a key lost or half
 * written would make the records it protects unreadable or unverifiable, so a crash must leave no file or a whole
 * one, and two nodes starting at once must end with the same key.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * The key in {@code file}, or, on the first start, {@code newContent} written there by {@link #create}; when
     * another node was first, its key.
     */
    public static byte[] readOrCreate(Path file, Supplier<byte[]> newContent) throws IOException {
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        byte[] content = newContent.get();
        try {
            create(file, content);
            return content;
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            return Files.readAllBytes(file);
        }
    }

    /**
     * Writes {@code content} under a temporary name readable by the owner only, forces it to the disk and only then
     * links it under its own name (a link, unlike a rename, never replaces a key another node created meanwhile).
     *
     * @throws FileAlreadyExistsException when the file exists (another node was first: read its key instead)
     */
    public static void create(Path file, byte[] content) throws IOException {
        Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = directory.resolve(file.getFileName() + ".partial");
        Files.deleteIfExists(partial); // left by a crash during an earlier first start
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // created with mode 600 from the start, so the key is never readable by others, not even briefly
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
            partial.toFile().setReadable(false, false);
            partial.toFile().setReadable(true, true);
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content));
            channel.force(true);
        }
        try {
            Files.createLink(file, partial);
        } finally {
            Files.delete(partial);
        }
        forceDirectory(directory);
    }

    /** Makes the new name durable too; where directories cannot be opened (Windows), the file system does it. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupportedHere) {
            // nothing more to do on this platform
        }
    }
}
