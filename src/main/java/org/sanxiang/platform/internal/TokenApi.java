package org.sanxiang.platform.internal;

import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens over the API (API-CONTRACT.md "API tokens"): every user's own under {@code /api/v1/account/tokens};
 * an administrator's for the accounts in her scope under {@code /api/v1/users/{id}/tokens}, where she creates
 * tokens for system accounts and revokes anyone's.
 */
@RestController
class TokenApi {

    private final ApiTokens tokens;
    private final UserAccountRepository accounts;
    private final UserAdministration users;

    TokenApi(ApiTokens tokens, UserAccountRepository accounts, UserAdministration users) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
    }

    @PostMapping("/api/v1/account/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Created create(CurrentUser user, @RequestBody ApiTokens.NewToken form) {
        return tokens.create(user, own(user), form);
    }

    @GetMapping("/api/v1/account/tokens")
    List<ApiTokens.TokenRow> list(CurrentUser user) {
        return tokens.of(own(user));
    }

    @DeleteMapping("/api/v1/account/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, own(user), id);
    }

    @PostMapping("/api/v1/users/{userId}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    ApiTokens.Created createFor(CurrentUser admin, @PathVariable long userId,
            @RequestBody ApiTokens.NewToken form) {
        return tokens.create(admin, users.managedSystemAccount(admin, userId), form);
    }

    @GetMapping("/api/v1/users/{userId}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    List<ApiTokens.TokenRow> listOf(CurrentUser admin, @PathVariable long userId) {
        return tokens.of(users.managed(admin, userId));
    }

    @DeleteMapping("/api/v1/users/{userId}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    void revokeOf(CurrentUser admin, @PathVariable long userId, @PathVariable long id) {
        tokens.revoke(admin, users.managed(admin, userId), id);
    }

    private UserAccount own(CurrentUser user) {
        return accounts.findById(user.id()).orElseThrow();
    }
}
