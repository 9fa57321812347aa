package org.sanxiang.platform;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the modules see it. A controller method takes it as a parameter (resolved by the platform;
 * nobody signed in is a 401); {@link #get()} is for what runs outside a controller method (the layout, records).
 *
 * @param agencyId the agency the user belongs to; {@code null} only for a platform-wide administrator
 */
public record CurrentUser(long id, String username, String displayName, Long agencyId, Set<Role> roles) {

    /** {@code @PreAuthorize} of what is platform-wide (the whole ledger, the event publications, metrics). */
    public static final String IS_PLATFORM_ADMIN = "hasRole('ADMIN') and principal instanceof "
            + "T(org.sanxiang.platform.CurrentUser$Principal) and principal.currentUser().isPlatformAdmin()";

    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Principal p) {
            return Optional.of(p.currentUser());
        }
        return Optional.empty();
    }

    /** The user's name for records, or {@code "system"} when no one is signed in (jobs, start-up). */
    public static String actor() {
        return get().map(CurrentUser::username).orElse("system");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return agencyId == null && has(Role.ADMIN);
    }

    /** Implemented by the security principal so that modules need not know its class. */
    public interface Principal {
        CurrentUser currentUser();
    }
}
