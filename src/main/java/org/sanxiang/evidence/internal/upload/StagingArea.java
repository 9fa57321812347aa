package org.sanxiang.evidence.internal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

import org.sanxiang.evidence.internal.ContentDigest;
import org.sanxiang.evidence.internal.MediaTypeSniffer;
import org.sanxiang.evidence.internal.store.FilesystemBlobStore;

/**
 * Partial uploads, one file per upload, outside the evidence store: nothing here is evidence. The database offset is
 * the truth; a staging file may be longer after a crash and is cut back to it before the next chunk is written (not
 * at start-up: with a shared staging directory another node may be writing to it).
 */
final class StagingArea {

    private static final int BUFFER = 1 << 20;
    /**
     * While a chunk streams in, its bytes are flushed every so often in the background, and the upload's offset
     * recorded after each flush (see {@link #append}).
     */
    private static final long FLUSH_EVERY = 16L << 20;

    /** Early flushes block on the disk, so they get their own threads rather than the common pool. */
    private static final ExecutorService FLUSHER = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "evidence-staging-flush");
        thread.setDaemon(true);
        return thread;
    });

    private final Path directory;

    StagingArea(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    Path path(String uploadId) {
        if (!uploadId.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not an upload id: " + uploadId);
        }
        return directory.resolve(uploadId);
    }

    /** Whether the partial file is here: on another node of a cluster whose staging directory is not shared, not. */
    boolean holds(String uploadId) {
        return Files.exists(path(uploadId));
    }

    void create(String uploadId) throws IOException {
        Files.createFile(path(uploadId));
        FilesystemBlobStore.fsync(directory);
    }

    /**
     * Writes at most {@code max} bytes of {@code body} at {@code offset}, hashing them as they pass, and fsyncs them.
     * A broken connection is not an error here: what arrived is kept, so the client can resume after it. During a long
     * chunk, {@code durable} learns every so often how many of its bytes are on the disk, so that a crash mid-chunk
     * loses only what came after. A body longer than {@code max} is refused whole: the file is cut back to
     * {@code offset} and {@link Received#overflow()} says so (tus 1.0: never accept more than the upload's length).
     */
    Received append(String uploadId, long offset, InputStream body, long max, ContentDigest digest,
                    LongConsumer durable) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        long flushedAt = 0;
        long reported = 0;
        CompletableFuture<Void> flushing = CompletableFuture.completedFuture(null);
        IOException broken = null;
        boolean ended = false;
        try (FileChannel file = FileChannel.open(path(uploadId), StandardOpenOption.WRITE)) {
            file.truncate(offset);
            file.position(offset);
            while (written < max && !ended && broken == null) {
                // Whole buffers at buffer-aligned positions: the socket hands over a few KiB per read, and a write
                // that small into fresh page cache makes the kernel zero the rest of each page first, which cost
                // seven times the CPU of 1 MiB writes (bench/README.md).
                int wanted = (int) Math.min(BUFFER - (offset + written) % BUFFER, max - written);
                int filled = 0;
                while (filled < wanted) {
                    int n;
                    try {
                        n = body.read(buffer, filled, wanted - filled);
                    } catch (IOException e) {
                        broken = e;
                        break;
                    }
                    if (n < 0) {
                        ended = true;
                        break;
                    }
                    filled += n;
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, filled);
                while (chunk.hasRemaining()) {
                    file.write(chunk);
                }
                digest.update(buffer, 0, filled);
                written += filled;
                // Flushing in the background while more arrives leaves little for the final fsync, so the
                // acknowledgement (which must wait for it) is not held up by the whole chunk's write-back.
                if (flushing.isDone()) {
                    if (flushedAt > reported && !flushing.isCompletedExceptionally()) {
                        reported = flushedAt;
                        durable.accept(reported);
                    }
                    if (written - flushedAt >= FLUSH_EVERY) {
                        flushedAt = written;
                        flushing = CompletableFuture.runAsync(() -> force(file), FLUSHER);
                    }
                }
            }
            boolean overflow = written == max && broken == null && !ended && goesOn(body);
            flushing.exceptionally(failed -> null).join(); // only an early flush; the final force reports failures
            if (overflow) {
                file.truncate(offset);
            }
            file.force(false);
            return new Received(overflow ? 0 : written, broken, overflow);
        }
    }

    /** Whether the body has more after what was read; a connection that breaks right there has simply ended. */
    private static boolean goesOn(InputStream body) {
        try {
            return body.read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void force(FileChannel file) {
        try {
            file.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a staged file, for media type detection. */
    byte[] head(String uploadId) throws IOException {
        try (InputStream in = Files.newInputStream(path(uploadId))) {
            return in.readNBytes(MediaTypeSniffer.HEAD_BYTES);
        }
    }

    /** Hashes the first {@code length} bytes again: after a restart the streaming hash state is gone. */
    ContentDigest rehash(String uploadId, long length, boolean withSm3) throws IOException {
        try (InputStream in = Files.newInputStream(path(uploadId))) {
            return new ContentDigest(withSm3).consume(in, length);
        }
    }

    /** The uploads with a partial file on this node. */
    java.util.List<String> ids() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[0-9a-f-]{36}")).toList();
        }
    }

    /**
     * Removes a staging file once its content is stored as evidence, or once the upload expired unfinished; the
     * evidence itself is never removed.
     */
    void discard(String uploadId) throws IOException {
        Files.deleteIfExists(path(uploadId));
    }

    /**
     * @param broken the connection failure that ended the chunk early, if any
     * @param overflow whether the body went on beyond the upload's length (then nothing of it is kept)
     */
    record Received(long bytes, IOException broken, boolean overflow) {
    }
}
