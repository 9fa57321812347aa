package org.sanxiang.evidence.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the logged-in user's name and agency (null = platform-wide). The one place the evidence module
 * reads the security context.
 */
public record Requester(String username, Long agencyId) {

    public static Requester current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("evidence is only reachable by logged-in users");
        }
        return new Requester(authentication.getName(), null);
    }

    /** Same-agency rule: a user sees the evidence of their own agency; platform-wide users see all. */
    public boolean maySee(Long evidenceAgencyId) {
        return agencyId == null || agencyId.equals(evidenceAgencyId);
    }
}
