package org.sanxiang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangApplication;

/** {@code help} and a mistyped command are answered from the commands' classes, before any application starts. */
class CommandLineTest {

    @Test
    void everyModulesCommandIsFoundWithItsUsage() {
        assertThat(CommandLine.commands(SanxiangApplication.class)).containsOnlyKeys("admin", "calendar", "ledger")
                .hasEntrySatisfying("admin", usage -> assertThat(usage).contains("create <username>"));
    }

    @Test
    void helpListsTheCommandsOnStandardOutputAndAnUnknownOneIsNamedOnStandardErrorWithExitCode2() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream complained = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(complained, true, StandardCharsets.UTF_8));
            assertThat(CommandLine.run(SanxiangApplication.class, new String[] {"help"})).isZero();
            assertThat(CommandLine.run(SanxiangApplication.class, new String[] {"frobnicate", "--x=1"})).isEqualTo(2);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("命令 / commands:", "  admin  create",
                "  calendar  import", "  ledger  verify");
        assertThat(complained.toString(StandardCharsets.UTF_8))
                .startsWith("未知命令 / unknown command: frobnicate").contains("  ledger  verify");
    }
}
