package org.sanxiang.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar running as a server in its own JVM, as an operator starts it: on a data directory (its embedded H2
 * there), with the bootstrap administrator. {@link #kill()} is kill -9.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "crash-test-admin-2026";

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar on {@code dataDir} (its embedded H2 there) and waits until it answers. */
    public static ServerProcess start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, Map.of());
    }

    /** As {@link #start(Path)}, with more environment variables (e.g. {@code SANXIANG_DEMO}). */
    public static ServerProcess start(Path dataDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(PackagedJar.command("--sanxiang.data-dir=" + dataDir,
                "--server.port=0"));
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile(dataDir, "server-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("SANXIANG_ADMIN_USERNAME", ADMIN, "SANXIANG_ADMIN_PASSWORD", ADMIN_PASSWORD));
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        Matcher port;
        while (!(port = PORT.matcher(Files.readString(log))).find()) {
            assertThat(process.isAlive()).as("server running: " + Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("server started in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        ServerProcess server = new ServerProcess(process, log, Integer.parseInt(port.group(1)));
        // health answers UP once start-up has finished, the bootstrap administrator created; asking with her
        // password before that would count as failed logins and get the writers throttled
        while (ApiClient.anonymous(server.port()).get("/actuator/health").status() != 200) {
            assertThat(System.nanoTime()).as("server healthy in time").isLessThan(deadline);
            Thread.sleep(200);
        }
        return server;
    }

    public int port() {
        return port;
    }

    public ApiClient admin() {
        return ApiClient.anonymous(port).as(ADMIN, ADMIN_PASSWORD);
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no clean close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A normal stop (SIGTERM), as an operator stops the service. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
