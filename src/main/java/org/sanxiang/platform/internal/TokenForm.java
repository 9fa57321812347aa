package org.sanxiang.platform.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.springframework.ui.Model;

/**
 * A token as a workbench page asks for it: valid through a day (Beijing time) rather than until an instant.
 * Its creation answers with the page itself, the secret shown once: no redirect, so the secret is kept nowhere,
 * not even in a flash attribute of the session.
 */
record TokenForm(String name, LocalDate expiresOn, Set<Role> roles) {

    ApiTokens.NewToken toNewToken() {
        return new ApiTokens.NewToken(name,
                expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant(), roles);
    }

    /** Creates the token and puts its secret, or why it was refused, into the page's model. */
    void createOn(Model model, Function<ApiTokens.NewToken, ApiTokens.Created> create) {
        try {
            model.addAttribute("createdToken", create.apply(toNewToken()).token());
        } catch (InvalidInputException e) {
            model.addAttribute("refusedZh", e.zh());
            model.addAttribute("refusedEn", e.en());
        }
    }
}
