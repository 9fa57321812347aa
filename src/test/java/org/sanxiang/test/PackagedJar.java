package org.sanxiang.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The jar this build packaged, started in JVMs of its own as an operator starts it. Tests start it a few dozen
 * times (command-line tools, servers killed and restarted), and each start loads some 20 000 classes: the jar is
 * extracted once per build with a class-data-sharing archive from a training start (the JDK's AppCDS, the way
 * Spring Boot documents it), which halves every later start. The first test JVM to get here builds it; the other
 * fork waits on the lock and reuses it. Without the archive (an old JDK, a failed training) the JVM starts as usual.
 */
public final class PackagedJar {

    private static final Path DIR = Path.of("target", "packaged-jar");
    private static final Path ARCHIVE = DIR.resolve("application.jsa");
    private static volatile Path extracted;

    private PackagedJar() {
    }

    /** {@code java ... -jar sanxiang.jar} followed by {@code args}. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(java(), QUICK_START, "-XX:SharedArchiveFile=" + ARCHIVE,
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", extracted().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The jar file this build packaged (the integration-test phase runs after package). */
    public static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("sanxiang-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path extracted() {
        if (extracted == null) {
            try {
                extracted = extractWithArchive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return extracted;
    }

    private static Path extractWithArchive() throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Path jar = jar();
        Path target = DIR.resolve(jar.getFileName());
        try (FileChannel lockFile = FileChannel.open(DIR.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            Path done = DIR.resolve(".built-from-" + Files.getLastModifiedTime(jar).toMillis());
            if (!Files.exists(done)) {
                run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                        "--destination", DIR.toString()));
                Path trainingData = DIR.resolve("training-data");
                // a start that exits once the context is refreshed, writing the classes it loaded
                run(List.of(java(), QUICK_START, "-XX:ArchiveClassesAtExit=" + ARCHIVE,
                        "-Dspring.context.exit=onRefresh", "-jar", target.toString(),
                        "--sanxiang.data-dir=" + trainingData, "--server.port=0"));
                Files.createFile(done);
            }
        }
        return target;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Short-lived JVMs: the C1 compiler alone starts them sooner (a test, not a tuned server). */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
