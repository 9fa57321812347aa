package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tools an administrator runs on the packaged jar ({@code java -jar sanxiang.jar ...}), each in
 * its own process on a fresh data directory, as the README describes. The jar is the one this build packaged.
 */
class JarCommandsIT {

    @TempDir
    static Path dataDir;
    static Path jar;

    @BeforeAll
    static void packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("sanxiang-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/"));
        }
    }

    @Test
    void anAdministratorIsCreatedWithAPasswordFromStandardInput() throws Exception {
        Result weak = run("short\n", "admin", "create", "chief");
        assertThat(weak.exit()).isEqualTo(1);
        assertThat(weak.err()).contains("密码至少 10 位");

        Result created = run("Long-enough-passphrase\n", "admin", "create", "chief");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("已创建管理员 / administrator created: chief");

        Result again = run("Long-enough-passphrase\n", "admin", "create", "chief");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("用户名已存在");
    }

    @Test
    void theCalendarListsTheShippedYearsAndTheLedgerVerifies() throws Exception {
        Result years = run("", "calendar", "years");
        assertThat(years.exit()).as(years.err()).isZero();
        assertThat(years.out()).contains("2025", "2026");

        Result verify = run("", "ledger", "verify");
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("账本完整");
    }

    @Test
    void helpListsTheCommandsAndAnUnknownCommandIsNamed() throws Exception {
        Result help = run("", "help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("admin", "calendar", "ledger");

        Result unknown = run("", "frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("未知命令 / unknown command: frobnicate", "admin", "calendar", "ledger");
    }

    @Test
    void aCommandOnTheEmbeddedDatabaseOfARunningServerSaysToStopItInOneLine(@TempDir Path serverDir)
            throws Exception {
        // The server holds H2's file lock for as long as it runs; the command cannot open the database.
        Path log = serverDir.resolve("server.log");
        Process server = new ProcessBuilder(java(), QUICK_START, "-jar", jar.toString(), "--sanxiang.data-dir=" + serverDir,
                "--server.port=0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!Files.readString(log).contains("Started SanxiangApplication")) {
                assertThat(server.isAlive()).as("server running: " + Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("server started in time").isLessThan(deadline);
                Thread.sleep(500);
            }

            Result years = run(serverDir, "", "calendar", "years");
            assertThat(years.exit()).isNotZero();
            assertThat(years.err().strip()).startsWith("数据库正被运行中的 Sanxiang 使用")
                    .contains("The database is in use by a running Sanxiang").doesNotContain("\n");
            assertThat(years.out() + years.err()).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void theDemoDataLoadsBesideTheFirstAdministratorAndIsInTheFirstCheckpointWhenHealthSaysUp(@TempDir Path serverDir)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = serverDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(java(), QUICK_START, "-jar", jar.toString(), "--sanxiang.data-dir=" + serverDir,
                "--server.port=" + port).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("SANXIANG_DEMO", "true", "SANXIANG_ADMIN_USERNAME", "admin",
                "SANXIANG_ADMIN_PASSWORD", "Bootstrap-passphrase"));
        Process server = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (!get(http, base + "/actuator/health", null).equals("200 {\"status\":\"UP\"}")) {
                assertThat(server.isAlive()).as("server running: " + Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("server healthy in time").isLessThan(deadline);
                Thread.sleep(200);
            }
            // the first look after health says UP, as a start-up script's would be
            assertThat(get(http, base + "/api/v1/public/agencies", null)).contains("衡阳市市场监督管理局");
            String checkpoint = get(http, base + "/api/v1/public/ledger/checkpoint", null);
            long size = Long.parseLong(checkpoint.lines().skip(1).findFirst().orElseThrow());
            String admin = "Basic " + Base64.getEncoder().encodeToString(
                    "admin:Bootstrap-passphrase".getBytes(StandardCharsets.UTF_8));
            String newest = get(http, base + "/api/v1/ledger/entries?size=1", admin);
            assertThat(newest).startsWith("200 ").contains("\"index\":" + (size - 1) + ",");
            // the bootstrap administrator keeps her own password; the demo's other users are there
            assertThat(get(http, base + "/api/v1/registry/agencies", "Basic " + Base64.getEncoder().encodeToString(
                    "city-admin:sanxiang-demo".getBytes(StandardCharsets.UTF_8)))).startsWith("200 ");
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** "status body", or "000 reason" while the server is not listening yet. */
    private static String get(HttpClient http, String url, String authorization) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "000 " + e;
        }
    }

    @Test
    void aBadFirstAdministratorNameStopsTheServerWithOneLineInChineseAndEnglishAndAnErrorStatus(
            @TempDir Path serverDir) throws Exception {
        Path log = serverDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(java(), QUICK_START, "-jar", jar.toString(), "--sanxiang.data-dir=" + serverDir,
                "--server.port=0").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SANXIANG_ADMIN_USERNAME", "ab");
        builder.environment().put("SANXIANG_ADMIN_PASSWORD", "long-enough-passphrase");
        Process server = builder.start();
        try {
            assertThat(server.waitFor(240, TimeUnit.SECONDS)).as("server stopped by itself").isTrue();
        } finally {
            server.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(server.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("无法创建首个管理员（SANXIANG_ADMIN_USERNAME=ab）：用户名须为 3–64 位字母、数字或 . _ -"
                + " / Cannot create the first administrator (SANXIANG_ADMIN_USERNAME=ab): Username must be 3-64 "
                + "letters, digits or . _ -");
        assertThat(output).doesNotContain("\tat ").doesNotContain("Application run failed");
    }

    private static Result run(String stdin, String... args) throws Exception {
        return run(dataDir, stdin, args);
    }

    private static Result run(Path dir, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), QUICK_START, "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.add("--sanxiang.data-dir=" + dir);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Short-lived JVMs: the C1 compiler alone starts them sooner (a test, not a tuned server). */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Result(int exit, String out, String err) {
    }
}
