package org.sanxiang.platform.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts, managed by administrators within their scope: an agency administrator creates users of the
 * agencies under them; only a platform administrator creates platform administrators.
 */
@Service
class UserAdministration {

    private final UserAccountRepository accounts;
    private final UserAccountService service;
    private final AgencyDirectory directory;

    UserAdministration(UserAccountRepository accounts, UserAccountService service, AgencyDirectory directory) {
        this.accounts = accounts;
        this.service = service;
        this.directory = directory;
    }

    record NewUser(@NotBlank String username, String displayName, @NotBlank String password, Long agencyId,
            @NotEmpty Set<Role> roles) {
    }

    record UserRow(long id, String username, String displayName, Long agencyId, String agencyName,
            Set<Role> roles, boolean enabled, java.time.Instant lockedUntil) {
    }

    long create(CurrentUser admin, NewUser form) {
        if (!manages(admin, form.agencyId())) {
            throw new AccessDeniedException("agency outside the administrator's scope");
        }
        return service.create(form.username(), form.password(), form.displayName(), form.agencyId(),
                EnumSet.copyOf(form.roles()));
    }

    @Transactional
    void unlock(CurrentUser admin, long id) {
        accounts.findById(id).filter(a -> manages(admin, a.getAgencyId()))
                .orElseThrow(() -> new AccessDeniedException("not your user")).unlock();
    }

    List<AgencyDirectory.Agency> agencies(CurrentUser admin) {
        return directory.visibleTo(admin);
    }

    private boolean manages(CurrentUser admin, Long agencyId) {
        if (admin.isPlatformAdmin()) {
            return true;
        }
        return agencyId != null && directory.visibleTo(admin).stream().anyMatch(a -> a.id() == agencyId);
    }

    List<UserRow> rows(CurrentUser admin) {
        Map<Long, String> names = directory.visibleTo(admin).stream()
                .collect(Collectors.toMap(AgencyDirectory.Agency::id, AgencyDirectory.Agency::name));
        List<UserAccount> visible = admin.isPlatformAdmin() ? accounts.findAllByOrderByUsername()
                : accounts.findByAgencyIdInOrderByUsername(names.keySet());
        return visible.stream().map(a -> new UserRow(a.getId(), a.getUsername(), a.getDisplayName(),
                a.getAgencyId(), a.getAgencyId() == null ? null : names.get(a.getAgencyId()), a.getRoles(),
                a.isEnabled(), a.getLockedUntil())).toList();
    }
}
