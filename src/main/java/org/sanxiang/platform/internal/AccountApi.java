package org.sanxiang.platform.internal;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account over the API. */
@RestController
class AccountApi {

    private final UserAccountService accounts;

    AccountApi(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/api/v1/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(CurrentUser user, @Valid @RequestBody PasswordChange change) {
        change.applyTo(user, accounts);
    }
}
