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

    private static Result run(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.add("--sanxiang.data-dir=" + dataDir);
        Path out = dataDir.resolve("out.txt");
        Path err = dataDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String out, String err) {
    }
}
