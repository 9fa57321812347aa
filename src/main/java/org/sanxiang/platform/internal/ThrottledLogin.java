package org.sanxiang.platform.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password login (the form and HTTP Basic): the attempt is counted for its account and source first, then the
 * password is checked, and a correct one clears that source's count.
 */
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountService accounts;

    ThrottledLogin(DaoAuthenticationProvider passwords, LoginThrottle throttle, UserAccountService accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String source = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "local";
        int failures = throttle.attempt(username, source);
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            if (throttle.isLock(failures)) {
                accounts.sourceLockedOut(username, source);
            }
            throw e;
        }
        throttle.succeeded(username, source);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
