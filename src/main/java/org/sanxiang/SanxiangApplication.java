package org.sanxiang;

import org.sanxiang.platform.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sanxiang (三项): one application, one jar. {@code java -jar sanxiang.jar} serves the portal and the
 * workbench; {@code java -jar sanxiang.jar <command> ...} runs a command-line tool (see {@link CommandLine}).
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync // reactions of other modules (@ApplicationModuleListener) run after the commit, off the request
public class SanxiangApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(SanxiangApplication.class, args));
        }
        SpringApplication.run(SanxiangApplication.class, args);
    }
}
