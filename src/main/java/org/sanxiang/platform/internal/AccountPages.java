package org.sanxiang.platform.internal;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageCommand;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own account: the password, which only she should know after an administrator's reset. */
@Controller
class AccountPages {

    private final UserAccountService accounts;

    AccountPages(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/workbench/account")
    String page() {
        return "platform/account";
    }

    @PostMapping("/workbench/account/password")
    String changePassword(CurrentUser user, @Valid PasswordChange change, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/account", "passwordChanged", true,
                () -> change.applyTo(user, accounts));
    }
}
