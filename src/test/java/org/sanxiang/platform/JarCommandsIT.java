package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.PackagedJar;
import org.sanxiang.test.ServerProcess;

/**
 * The command-line tools an administrator runs on the packaged jar ({@code java -jar sanxiang.jar ...}), each in
 * its own process on a fresh data directory, as the README describes. The jar is the one this build packaged.
 */
class JarCommandsIT {

    @TempDir
    static Path dataDir;

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
    void theDemoServerIsHealthyOnlyWithItsDataInTheFirstCheckpointAndACommandBesideItSaysToStopItInOneLine(
            @TempDir Path serverDir) throws Exception {
        try (ServerProcess server = ServerProcess.start(serverDir, Map.of("SANXIANG_DEMO", "true"))) {
            // the first look after health says UP, as a start-up script's would be: the demo data loaded beside the
            // bootstrap administrator, and in the first checkpoint
            ApiClient anonymous = ApiClient.anonymous(server.port());
            assertThat(anonymous.get("/api/v1/public/agencies").text()).contains("衡阳市市场监督管理局");
            String checkpoint = anonymous.get("/api/v1/public/ledger/checkpoint").text();
            long size = Long.parseLong(checkpoint.lines().skip(1).findFirst().orElseThrow());
            ApiClient.Response newest = server.admin().get("/api/v1/ledger/entries?size=1");
            assertThat(newest.status()).isEqualTo(200);
            assertThat(newest.text()).contains("\"index\":" + (size - 1) + ",");
            // the bootstrap administrator keeps her own password; the demo's other users are there
            assertThat(anonymous.as("city-admin", "sanxiang-demo").get("/api/v1/registry/agencies").status())
                    .isEqualTo(200);

            // the server holds H2's file lock for as long as it runs; the command cannot open the database
            Result years = run(serverDir, "", "calendar", "years");
            assertThat(years.exit()).isNotZero();
            assertThat(years.err().strip()).startsWith("数据库正被运行中的 Sanxiang 使用")
                    .contains("The database is in use by a running Sanxiang").doesNotContain("\n");
            assertThat(years.out() + years.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aBadFirstAdministratorNameStopsTheServerWithOneLineInChineseAndEnglishAndAnErrorStatus(
            @TempDir Path serverDir) throws Exception {
        Path log = serverDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(PackagedJar.command("--sanxiang.data-dir=" + serverDir,
                "--server.port=0")).redirectErrorStream(true).redirectOutput(log.toFile());
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
        List<String> command = new ArrayList<>(PackagedJar.command(args));
        command.add("--sanxiang.data-dir=" + dir);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exit, String out, String err) {
    }
}
