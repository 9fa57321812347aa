package org.sanxiang.platform.internal;

import java.util.Collection;
import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a signed-in user account. */
record AccountPrincipal(CurrentUser currentUser, String password, boolean enabled)
        implements UserDetails, CurrentUser.Principal {

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return currentUser.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // The password is not part of the session's copy.
    @Override
    public String toString() {
        return "AccountPrincipal[" + currentUser.username() + ", roles=" + List.copyOf(currentUser.roles()) + "]";
    }
}
