package org.sanxiang.platform.internal;

import jakarta.validation.constraints.NotBlank;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A signed-in user's change of her own password (page or API); the confirmation is optional over the API. */
record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword, String confirmation) {

    void applyTo(CurrentUser user, UserAccountService accounts) {
        if (confirmation != null && !confirmation.equals(newPassword)) {
            throw new InvalidInputException("两次输入的新密码不一致", "The new password and its confirmation differ");
        }
        String username = user.username();
        accounts.changeOwnPassword(username, currentPassword, newPassword);
        // This session goes on with the new password; the user's other sessions end (SessionCheck).
        ServletRequestAttributes call = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        SessionCheck.renew(accounts.principal(username).orElseThrow(), call.getRequest(), call.getResponse());
    }
}
