package org.sanxiang.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.sanxiang.platform.AgencyDirectory;
import org.sanxiang.platform.AgencyScope;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.Role;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
    private final LoginThrottle throttle;
    private final Clock clock;
    private final AgencyScope scope;

    UserAdministration(UserAccountRepository accounts, UserAccountService service, AgencyDirectory directory,
            LoginThrottle throttle, Clock clock, AgencyScope scope) {
        this.accounts = accounts;
        this.service = service;
        this.directory = directory;
        this.throttle = throttle;
        this.clock = clock;
        this.scope = scope;
    }

    /** @param systemAccount another system's account: it signs in with API tokens only, so it has no password */
    record NewUser(@NotBlank String username, String displayName, String password, Long agencyId,
            @NotEmpty Set<Role> roles, Boolean systemAccount) {

        boolean isSystemAccount() {
            return Boolean.TRUE.equals(systemAccount);
        }
    }

    record UserRow(long id, String username, String displayName, Long agencyId, String agencyName,
            Set<Role> roles, boolean enabled, Instant lockedUntil, boolean systemAccount) {
    }

    long create(CurrentUser admin, NewUser form) {
        if (!manages(admin, form.agencyId())) {
            throw new AccessDeniedException("agency outside the administrator's scope");
        }
        EnumSet<Role> roles = EnumSet.copyOf(form.roles());
        return form.isSystemAccount()
                ? service.createSystemAccount(form.username(), form.displayName(), form.agencyId(), roles)
                : service.create(form.username(), form.password(), form.displayName(), form.agencyId(), roles);
    }

    /** What an administrator may change of an account; username and agency stay (a moved person gets a new one). */
    record AccountChange(String displayName, @NotEmpty Set<Role> roles, boolean enabled) {
    }

    UserRow row(CurrentUser admin, long id) {
        UserAccount account = managed(admin, id);
        String agencyName = directory.visibleTo(admin).stream().filter(a -> java.util.Objects.equals(a.id(), account.getAgencyId()))
                .map(AgencyDirectory.Agency::name).findFirst().orElse(null);
        return toRow(account, agencyName, lockedUntil(throttle.recent(List.of(account.getUsername()))));
    }

    @Transactional
    void update(CurrentUser admin, long id, AccountChange change) {
        UserAccount account = managed(admin, id);
        if (account.getId().equals(admin.id()) && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
            // Otherwise the last administrator could lock everybody out.
            throw new InvalidInputException("不能停用自己的账号或取消自己的管理员角色",
                    "You cannot disable your own account or drop your own administrator role");
        }
        service.update(account, change.displayName(), EnumSet.copyOf(change.roles()), change.enabled());
    }

    @Transactional
    void resetPassword(CurrentUser admin, long id, String newPassword) {
        UserAccount account = managed(admin, id);
        if (account.isSystemAccount()) {
            throw new InvalidInputException("系统账号不用密码登录，只用 API 令牌",
                    "A system account signs in with API tokens only, never a password");
        }
        service.changePassword(account.getUsername(), newPassword);
    }

    @Transactional
    void unlock(CurrentUser admin, long id) {
        service.unlock(managed(admin, id));
    }

    /** A system account the administrator manages: she creates its tokens (a person creates her own). */
    UserAccount managedSystemAccount(CurrentUser admin, long id) {
        UserAccount account = managed(admin, id);
        if (!account.isSystemAccount()) {
            throw new InvalidInputException("管理员只为系统账号创建令牌；用户本人在“我的账号”中创建自己的令牌",
                    "Administrators create tokens for system accounts only; a person creates her own");
        }
        return account;
    }

    /** An account the administrator manages, or not found (another branch's accounts are not even confirmed). */
    UserAccount managed(CurrentUser admin, long id) {
        return accounts.findById(id).filter(a -> manages(admin, a.getAgencyId()))
                .orElseThrow(() -> new NotFoundException("没有此用户或不在您的管理范围内：" + id,
                        "No such user within your scope: " + id));
    }

    List<AgencyDirectory.Agency> agencies(CurrentUser admin) {
        return directory.visibleTo(admin);
    }

    /** A platform administrator manages every account; an agency's administrator those within her scope. */
    private boolean manages(CurrentUser admin, Long agencyId) {
        return scope.canSee(admin, agencyId);
    }

    /**
     * One page of the users in the administrator's scope, filtered by a text (username, name or agency) and a role.
     * Filtered in memory: even a province has thousands of users, not millions.
     */
    PageResult<UserRow> rows(CurrentUser admin, String q, Role role, int page, int size) {
        List<UserRow> matching = matching(admin, q, role);
        PageRequest request = PageResult.request(page, size);
        int from = (int) Math.min(request.getOffset(), matching.size());
        int to = Math.min(from + request.getPageSize(), matching.size());
        return PageResult.of(new PageImpl<>(matching.subList(from, to), request, matching.size()), r -> r);
    }

    /** Every user in the administrator's scope that matches the filter, by username (what the list pages through). */
    List<UserRow> matching(CurrentUser admin, String q, Role role) {
        String text = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        return rows(admin).stream()
                .filter(r -> role == null || r.roles().contains(role))
                .filter(r -> text.isEmpty() || (r.username() + " " + r.displayName() + " "
                        + (r.agencyName() == null ? "" : r.agencyName())).toLowerCase(java.util.Locale.ROOT)
                        .contains(text))
                .toList();
    }

    private List<UserRow> rows(CurrentUser admin) {
        Map<Long, String> names = directory.visibleTo(admin).stream()
                .collect(Collectors.toMap(AgencyDirectory.Agency::id, AgencyDirectory.Agency::name));
        List<UserAccount> visible = visibleAccounts(admin, names.keySet());
        Map<String, List<LoginThrottle.Failures>> failures = throttle.recent(admin.isPlatformAdmin() ? null
                : visible.stream().map(UserAccount::getUsername).toList()).stream()
                .collect(Collectors.groupingBy(LoginThrottle.Failures::username));
        return visible.stream().map(a -> toRow(a, a.getAgencyId() == null ? null : names.get(a.getAgencyId()),
                lockedUntil(failures.getOrDefault(a.getUsername(), List.of())))).toList();
    }

    /**
     * Who is being guessed at, from where: the failed logins against the accounts in the administrator's scope;
     * a platform administrator also sees those against usernames that are no account.
     */
    List<LoginThrottle.Failures> loginFailures(CurrentUser admin) {
        if (admin.isPlatformAdmin()) {
            return throttle.recent(null);
        }
        Set<Long> scope = directory.visibleTo(admin).stream().map(AgencyDirectory.Agency::id)
                .collect(Collectors.toSet());
        return throttle.recent(visibleAccounts(admin, scope).stream().map(UserAccount::getUsername).toList());
    }

    private List<UserAccount> visibleAccounts(CurrentUser admin, Set<Long> agencyIds) {
        return admin.isPlatformAdmin() ? accounts.findAllByOrderByUsername()
                : accounts.findByAgencyIdInOrderByUsername(agencyIds);
    }

    /** Until when some source is locked out of the account, if one is now. */
    private Instant lockedUntil(List<LoginThrottle.Failures> failures) {
        Instant now = clock.instant();
        return failures.stream().filter(f -> throttle.isLocked(f) && f.blockedUntil().isAfter(now))
                .map(LoginThrottle.Failures::blockedUntil).max(Instant::compareTo).orElse(null);
    }

    private static UserRow toRow(UserAccount a, String agencyName, Instant lockedUntil) {
        return new UserRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getAgencyId(), agencyName,
                a.getRoles(), a.isEnabled(), lockedUntil, a.isSystemAccount());
    }
}
