package org.sanxiang.platform;

import java.io.PrintStream;

/** A command of {@code java -jar sanxiang.jar <name> ...}; modules contribute them as beans. */
public interface CliCommand {

    String name();

    String usage();

    /** Runs with the arguments after the command name (Spring {@code --options} included) and returns the exit code. */
    int run(String[] args, PrintStream out, PrintStream err);
}
