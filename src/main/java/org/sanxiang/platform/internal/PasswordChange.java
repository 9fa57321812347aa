package org.sanxiang.platform.internal;

import jakarta.validation.constraints.NotBlank;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;

/** A signed-in user's change of her own password (page or API); the confirmation is optional over the API. */
record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword, String confirmation) {

    void applyTo(UserAccountService accounts) {
        if (confirmation != null && !confirmation.equals(newPassword)) {
            throw new InvalidInputException("两次输入的新密码不一致", "The new password and its confirmation differ");
        }
        accounts.changeOwnPassword(CurrentUser.get().orElseThrow().username(), currentPassword, newPassword);
    }
}
