package org.sanxiang.platform;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one {@link CliCommand} in a non-web application context and returns its exit code.
 * The first argument names the command ({@code admin create}, {@code calendar import}, ...).
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "sanxiang.scheduling.enabled=false")
                .run(withoutCommand(args))) {
            Map<String, CliCommand> commands = context.getBeansOfType(CliCommand.class);
            return commands.values().stream()
                    .filter(c -> c.name().equals(args[0]))
                    .findFirst()
                    .map(c -> c.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err))
                    .orElseGet(() -> usage(commands, args[0]));
        }
    }

    private static String[] withoutCommand(String[] args) {
        // Spring options (--spring.datasource.url=...) may follow the command; pass only those on.
        return Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
    }

    private static int usage(Map<String, CliCommand> commands, String asked) {
        boolean help = "help".equals(asked);
        PrintStream out = help ? System.out : System.err;
        if (!help) {
            out.println("未知命令 / unknown command: " + asked);
        }
        out.println("命令 / commands:");
        commands.values().forEach(c -> out.println("  " + c.name() + "  " + c.usage()));
        return help ? 0 : 2;
    }
}
