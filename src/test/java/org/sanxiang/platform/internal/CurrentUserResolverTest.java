package org.sanxiang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.SanxiangException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserResolverTest {

    private final CurrentUserResolver resolver = new CurrentUserResolver();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aControllerAskingForTheUserGetsTheSignedInOne() {
        CurrentUser officer = new CurrentUser(7, "officer", "执法人员", 3L, Set.of(Role.OFFICER));
        AccountPrincipal principal = new AccountPrincipal(officer, "hash", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

        assertThat(resolver.resolveArgument(null, null, null, null)).isEqualTo(officer);
    }

    @Test
    void nobodySignedInIsAskedToSignInNotAServerError() {
        SanxiangException refused = catchThrowableOfType(SanxiangException.class,
                () -> resolver.resolveArgument(null, null, null, null));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.zh()).isEqualTo("需要登录");
    }
}
