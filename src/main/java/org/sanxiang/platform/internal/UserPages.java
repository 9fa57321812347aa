package org.sanxiang.platform.internal;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user-management page of administrators. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    private final UserAdministration users;

    UserPages(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/workbench/users")
    String list(Model model) {
        CurrentUser admin = CurrentUser.get().orElseThrow();
        model.addAttribute("users", users.rows(admin));
        model.addAttribute("agencies", users.agencies(admin));
        model.addAttribute("roles", Role.values());
        return "platform/users";
    }

    @PostMapping("/workbench/users")
    String create(@Valid UserAdministration.NewUser form, RedirectAttributes redirect) {
        users.create(CurrentUser.get().orElseThrow(), form);
        redirect.addFlashAttribute("created", form.username());
        return "redirect:/workbench/users";
    }

    @PostMapping("/workbench/users/{id}/unlock")
    String unlock(@PathVariable long id) {
        users.unlock(CurrentUser.get().orElseThrow(), id);
        return "redirect:/workbench/users";
    }
}
