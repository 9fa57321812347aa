package org.sanxiang.platform;

import java.io.PrintStream;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * A command of {@code java -jar sanxiang.jar <name> ...}; modules contribute them as beans, each marked {@link Named}
 * so that {@code help} and an unknown name are answered from the classes alone, without starting the application.
 */
public interface CliCommand {

    /** The command's name and its usage line. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Named {

        String value();

        String usage();
    }

    default String name() {
        return named().value();
    }

    default String usage() {
        return named().usage();
    }

    /** Runs with the arguments after the command name (Spring {@code --options} included) and returns the exit code. */
    int run(String[] args, PrintStream out, PrintStream err);

    private Named named() {
        Named named = AnnotatedElementUtils.findMergedAnnotation(getClass(), Named.class);
        if (named == null) {
            throw new IllegalStateException(getClass().getName() + " is not marked @CliCommand.Named");
        }
        return named;
    }
}
