package org.sanxiang.platform.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.sanxiang.platform.CliCommand;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.springframework.stereotype.Component;

/**
 * {@code admin create <username>}: creates a platform administrator; the password is read from standard
 * input (one line), so that it appears neither in the shell history nor in the process list.
 * {@code admin password <username>}: sets a new password the same way.
 */
@Component
@CliCommand.Named(value = "admin",
        usage = "create <username> | password <username>   (password read from standard input)")
class AdminCommand implements CliCommand {

    private final UserAccountService accounts;

    AdminCommand(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !Set.of("create", "password").contains(args[0])) {
            err.println("用法 / usage: admin " + usage());
            return 2;
        }
        try {
            String password = readPassword();
            if ("create".equals(args[0])) {
                accounts.create(args[1], password, "系统管理员", null, Set.of(Role.ADMIN));
                out.println("已创建管理员 / administrator created: " + args[1]);
            } else {
                accounts.changePassword(args[1], password);
                out.println("已更新密码 / password changed: " + args[1]);
            }
            return 0;
        } catch (InvalidInputException e) {
            err.println(e.zh() + " / " + e.en());
            return 1;
        }
    }

    private static String readPassword() {
        if (System.console() != null) {
            char[] typed = System.console().readPassword("密码 / password: ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
    }
}
