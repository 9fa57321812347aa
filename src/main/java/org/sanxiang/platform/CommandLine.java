package org.sanxiang.platform;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Runs one {@link CliCommand} in a non-web application context and returns its exit code.
 * The first argument names the command ({@code admin create}, {@code calendar import}, ...); {@code help} and an
 * unknown name are answered at once, without starting the application.
 */
public final class CommandLine {

    /** H2's DATABASE_ALREADY_OPEN_1, which it also gives as SQL state; H2 is only on the runtime classpath. */
    private static final String H2_DATABASE_IN_USE = "90020";

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        Map<String, String> commands = commands(application);
        if (!commands.containsKey(args[0])) {
            return usage(commands, args[0]);
        }
        ConfigurableApplicationContext started;
        try {
            started = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    // only the commands and what they need are made, not the server's pages, jobs and listeners
                    .lazyInitialization(true)
                    // The start-up failure is reported below, not logged first: a command's user reads one line.
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                            "logging.level.org.springframework.boot.SpringApplication=OFF",
                            "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext"
                                    + "=ERROR",
                            "sanxiang.scheduling.enabled=false")
                    .run(withoutCommand(args));
        } catch (RuntimeException e) {
            if (databaseInUse(e)) {
                // The embedded H2 file database admits one process; AUTO_SERVER is not enabled on purpose.
                System.err.println("数据库正被运行中的 Sanxiang 使用：请先停止服务，或改用 PostgreSQL，再运行命令。"
                        + " / The database is in use by a running Sanxiang: stop it first, or switch to PostgreSQL,"
                        + " then run the command.");
                return 1;
            }
            throw e;
        }
        try (ConfigurableApplicationContext context = started) {
            CliCommand command = context.getBeansOfType(CliCommand.class).values().stream()
                    .filter(c -> c.name().equals(args[0])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bean for the command " + args[0]));
            return command.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
        }
    }

    /** Each command's name and usage, read from the classes' {@link CliCommand.Named} without loading them. */
    static Map<String, String> commands(Class<?> application) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(CliCommand.Named.class));
        Map<String, String> commands = new TreeMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents(application.getPackageName())) {
            Map<String, Object> named = ((AnnotatedBeanDefinition) found).getMetadata()
                    .getAnnotationAttributes(CliCommand.Named.class.getName());
            commands.put((String) named.get("value"), (String) named.get("usage"));
        }
        return commands;
    }

    private static boolean databaseInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && H2_DATABASE_IN_USE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String[] withoutCommand(String[] args) {
        // Spring options (--spring.datasource.url=...) may follow the command; pass only those on.
        return Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
    }

    private static int usage(Map<String, String> commands, String asked) {
        boolean help = "help".equals(asked);
        PrintStream out = help ? System.out : System.err;
        if (!help) {
            out.println("未知命令 / unknown command: " + asked);
        }
        out.println("命令 / commands:");
        commands.forEach((name, usage) -> out.println("  " + name + "  " + usage));
        return help ? 0 : 2;
    }
}
