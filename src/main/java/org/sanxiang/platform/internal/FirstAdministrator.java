package org.sanxiang.platform.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There is no default password: on an empty database the first administrator comes from
 * SANXIANG_ADMIN_USERNAME and SANXIANG_ADMIN_PASSWORD, or from {@code java -jar sanxiang.jar admin create}.
 */
@Component
@Order(0)
@ConditionalOnWebApplication // a command-line run (admin create, ...) does its own work
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountService accounts;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountService accounts, @Value("${sanxiang.admin.username:}") String username,
            @Value("${sanxiang.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("尚无任何账号。创建首个管理员：设置环境变量 SANXIANG_ADMIN_USERNAME 和 SANXIANG_ADMIN_PASSWORD 后重启，"
                    + "或运行 java -jar sanxiang.jar admin create <用户名>. / No account exists yet: set "
                    + "SANXIANG_ADMIN_USERNAME and SANXIANG_ADMIN_PASSWORD, or run 'admin create <username>'.");
            return;
        }
        try {
            accounts.create(username, password, "平台管理员", null, Set.of(Role.ADMIN));
        } catch (InvalidInputException e) {
            throw new StartupRefusal("无法创建首个管理员（SANXIANG_ADMIN_USERNAME=" + username + "）：" + e.zh(),
                    "Cannot create the first administrator (SANXIANG_ADMIN_USERNAME=" + username + "): " + e.en());
        }
        log.info("Created the first administrator '{}'", username);
    }
}
