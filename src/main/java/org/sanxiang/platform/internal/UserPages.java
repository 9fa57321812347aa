package org.sanxiang.platform.internal;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageCommand;
import org.sanxiang.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user-management pages of administrators. A refused form comes back to its page with the reason, so that
 * nothing typed is lost but the password.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final UserAdministration users;
    private final UserExport export;
    private final ApiTokens tokens;

    UserPages(UserAdministration users, UserExport export, ApiTokens tokens) {
        this.users = users;
        this.export = export;
        this.tokens = tokens;
    }

    /** The list as filtered on the page. */
    @GetMapping("/workbench/users/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "xlsx") String format) {
        return export.export(user, q, role, format);
    }

    @GetMapping("/workbench/users")
    String list(CurrentUser admin, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", users.rows(admin, q, role, page, 50));
        model.addAttribute("loginFailures", users.loginFailures(admin));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("agencies", users.agencies(admin));
        model.addAttribute("roles", Role.values());
        return "platform/users";
    }

    @PostMapping("/workbench/users")
    String create(CurrentUser user, @Valid UserAdministration.NewUser form, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/users", "created", form.username(),
                () -> users.create(user, form));
    }

    @GetMapping("/workbench/users/{id}")
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("user", users.row(user, id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("tokens", tokens.of(users.managed(user, id)));
        return "platform/user";
    }

    /** An administrator creates a system account's token; the page shows its secret once. */
    @PostMapping("/workbench/users/{id}/tokens")
    String createToken(CurrentUser user, @PathVariable long id, TokenForm form, Model model) {
        form.createOn(model, t -> tokens.create(user, users.managedSystemAccount(user, id), t));
        return edit(user, id, model);
    }

    @PostMapping("/workbench/users/{id}/tokens/{tokenId}/revoke")
    String revokeToken(CurrentUser user, @PathVariable long id, @PathVariable long tokenId,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/users/" + id + "#tokens", "tokenRevoked", true,
                () -> tokens.revoke(user, users.managed(user, id), tokenId));
    }

    @PostMapping("/workbench/users/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid UserAdministration.AccountChange change,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/users/" + id, "saved", id,
                () -> users.update(user, id, change));
    }

    @PostMapping("/workbench/users/{id}/password")
    String resetPassword(CurrentUser user, @PathVariable long id, @RequestParam String password,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/users/" + id, "passwordReset", id,
                () -> users.resetPassword(user, id, password));
    }

    @PostMapping("/workbench/users/{id}/unlock")
    String unlock(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "/workbench/users", "unlocked", id,
                () -> users.unlock(user, id));
    }
}
