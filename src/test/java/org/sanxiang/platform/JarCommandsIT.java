package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        // Once is enough: the commands do not depend on the database product the other ITs switch between.
        assumeTrue("h2".equals(System.getProperty("sanxiang.test.database", "h2")), "runs in the H2 pass only");
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
        Process server = new ProcessBuilder(java(), "-jar", jar.toString(), "--sanxiang.data-dir=" + serverDir,
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
    void aBadFirstAdministratorNameStopsTheServerWithOneLineInChineseAndEnglishAndAnErrorStatus(
            @TempDir Path serverDir) throws Exception {
        Path log = serverDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", jar.toString(), "--sanxiang.data-dir=" + serverDir,
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
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
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

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Result(int exit, String out, String err) {
    }
}
