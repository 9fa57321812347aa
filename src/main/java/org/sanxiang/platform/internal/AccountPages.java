package org.sanxiang.platform.internal;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageCommand;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's own account: the password, which only she should know after an administrator's reset,
 * and her API tokens.
 */
@Controller
class AccountPages {

    private final UserAccountService accounts;
    private final UserAccountRepository repository;
    private final ApiTokens tokens;

    AccountPages(UserAccountService accounts, UserAccountRepository repository, ApiTokens tokens) {
        this.accounts = accounts;
        this.repository = repository;
        this.tokens = tokens;
    }

    @GetMapping("/workbench/account")
    String page(CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.of(own(user)));
        return "platform/account";
    }

    @PostMapping("/workbench/account/password")
    String changePassword(CurrentUser user, @Valid PasswordChange change, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/account", "passwordChanged", true,
                () -> change.applyTo(user, accounts));
    }

    @PostMapping("/workbench/account/tokens")
    String createToken(CurrentUser user, TokenForm form, Model model) {
        form.createOn(model, t -> tokens.create(user, own(user), t));
        return page(user, model);
    }

    @PostMapping("/workbench/account/tokens/{id}/revoke")
    String revokeToken(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/account#tokens", "tokenRevoked", true,
                () -> tokens.revoke(user, own(user), id));
    }

    private UserAccount own(CurrentUser user) {
        return repository.findById(user.id()).orElseThrow();
    }
}
