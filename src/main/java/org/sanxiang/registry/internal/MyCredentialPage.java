package org.sanxiang.registry.internal;

import java.util.Set;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的执法证: the signed-in officer's own credential, to show on her phone during enforcement (亮证执法), with the
 * QR code that opens its public verification page.
 */
@Controller
class MyCredentialPage {

    private final OfficerAccounts accounts;
    private final RegistryQueries queries;

    MyCredentialPage(OfficerAccounts accounts, RegistryQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
    }

    @GetMapping("/workbench/my-credential")
    String show(CurrentUser user, Model model) {
        accounts.officerOf(user).map(queries::officer)
                .ifPresent(officer -> model.addAttribute("officer", officer));
        return "registry/my-credential";
    }

    @Bean
    static MenuItem myCredentialMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "registry.menu.myCredential", "/workbench/my-credential", 5,
                Set.of(Role.OFFICER, Role.UNIT_HEAD));
    }
}
