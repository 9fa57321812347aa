package org.sanxiang.platform.internal;

import java.util.Optional;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password login (the form and HTTP Basic): the attempt is counted for its account and source first, then the
 * password is checked, and a correct one clears that source's count. A password this node has just found right
 * ({@link VerifiedPasswords}) is neither counted nor hashed again: it proves the password is known, which is what the
 * count slows the guessing of.
 */
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountService accounts;
    private final VerifiedPasswords verified;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    ThrottledLogin(DaoAuthenticationProvider passwords, LoginThrottle throttle, UserAccountService accounts,
                   VerifiedPasswords verified) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        Optional<Authentication> known = known(attempt, username, password);
        if (known.isPresent()) {
            return known.get();
        }
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
        if (signedIn.getPrincipal() instanceof UserDetails user) {
            verified.remember(username, password, user.getPassword());
        }
        return signedIn;
    }

    /** The sign-in of a password found right a moment ago, if the account still has it and may still sign in. */
    private Optional<Authentication> known(Authentication attempt, String username, String password) {
        UserDetails user;
        try {
            user = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
        if (!verified.isKnown(username, password, user.getPassword())) {
            return Optional.empty();
        }
        status.check(user);
        UsernamePasswordAuthenticationToken signedIn =
                UsernamePasswordAuthenticationToken.authenticated(user, password, user.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return Optional.of(signedIn);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
