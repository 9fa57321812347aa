package org.sanxiang.calendar.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.sanxiang.platform.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sanxiang.jar calendar import <file.json>} loads a year file (holiday-cn format), replacing that
 * year if present; {@code calendar years} lists the loaded years. The import trail names the operating-system user,
 * since nobody is logged in.
 */
@Component
@CliCommand.Named(value = "calendar",
        usage = "import <file.json> — 导入一年的节假日安排（holiday-cn 格式，覆盖已有年份） | years — 列出已有数据的年份")
class CalendarCommand implements CliCommand {

    private final CalendarImporter importer;
    private final CalendarCache calendar;

    CalendarCommand(CalendarImporter importer, CalendarCache calendar) {
        this.importer = importer;
        this.calendar = calendar;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String[] plain = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        if (plain.length == 2 && plain[0].equals("import")) {
            return importFile(Path.of(plain[1]), out, err);
        }
        if (plain.length == 1 && plain[0].equals("years")) {
            out.println(calendar.years());
            return 0;
        }
        err.println("用法 / usage: calendar " + usage());
        return 2;
    }

    private int importFile(Path path, PrintStream out, PrintStream err) {
        try {
            ImportRecord r = importer.importFile(Files.readAllBytes(path), path.getFileName().toString(),
                    "cli:" + System.getProperty("user.name"));
            out.println((r.replaced() ? "已覆盖 / replaced " : "已导入 / imported ") + r.year() + "：" + r.dayCount() + " 天 / days");
            return 0;
        } catch (IOException e) {
            err.println("无法读取文件 / cannot read " + path + ": " + e.getMessage());
            return 1;
        } catch (InvalidHolidayFileException e) {
            err.println("文件未导入，问题如下 / not imported:");
            e.problems().forEach(p -> err.println("  - " + p.zh() + " / " + p.en()));
            return 1;
        }
    }
}
