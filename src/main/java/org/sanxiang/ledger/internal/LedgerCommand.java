package org.sanxiang.ledger.internal;

import java.io.PrintStream;
import java.util.Arrays;

import org.sanxiang.platform.CliCommand;
import org.springframework.stereotype.Component;

/** {@code java -jar sanxiang.jar ledger verify}: exit code 0 when the ledger verifies, 1 when it does not. */
@Component
@CliCommand.Named(value = "ledger", usage = "verify   核验账本：重算全部记录与检查点，并与各表对账 / verify every entry and "
        + "checkpoint of the ledger and reconcile the tables with it")
class LedgerCommand implements CliCommand {

    private final LedgerVerifier verifier;

    LedgerCommand(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String[] words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        if (words.length != 1 || !words[0].equals("verify")) {
            err.println("用法 / usage: ledger " + usage());
            return 2;
        }
        LedgerVerifier.Report report = verifier.verify();
        out.printf("已核验 %d 条记录、%d 个检查点，并与 %d 行数据对账 / checked %d entries and %d checkpoints, "
                + "and reconciled %d rows with them%n", report.entriesChecked(), report.checkpointsChecked(),
                report.recordsChecked(), report.entriesChecked(), report.checkpointsChecked(), report.recordsChecked());
        if (report.ok()) {
            out.println("账本完整，未被篡改 / OK: the ledger is intact");
            return 0;
        }
        for (Finding finding : report.findings()) {
            err.println("✗ " + finding.zh());
            err.println("  " + finding.en());
        }
        err.println("账本核验失败 / FAILED: the ledger or the tables it records were tampered with");
        return 1;
    }
}
