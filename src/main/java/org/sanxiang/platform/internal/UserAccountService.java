package org.sanxiang.platform.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.platform.AccountEvent;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserAccountService implements UserDetailsService, UserAccounts {

    /** Minimum password length; long passphrases beat complexity rules (NIST SP 800-63B §5.1.1). */
    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecurityProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            SecurityProperties properties, Clock clock, ApplicationEventPublisher events, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // a system account has no password to sign in with, on the pages or by HTTP Basic: only its API tokens
        return accounts.findByUsername(username).filter(a -> !a.isSystemAccount())
                .map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The account as it is now, for a login or to check a session against. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> principal(String username) {
        return accounts.findByUsername(username).map(AccountPrincipal::of);
    }

    @Override
    @Transactional
    public long create(String username, String password, String displayName, Long agencyId, Set<Role> roles) {
        validateUsername(username);
        validatePassword(username, password);
        return save(new UserAccount(username, passwordEncoder.encode(password), name(username, displayName),
                agencyId, roles));
    }

    /** An account for another system (the supervision platform, an approval system): API tokens, no password. */
    @Transactional
    public long createSystemAccount(String username, String displayName, Long agencyId, Set<Role> roles) {
        validateUsername(username);
        return save(UserAccount.system(username, name(username, displayName), agencyId, roles));
    }

    private long save(UserAccount account) {
        validateRoles(account.getAgencyId(), account.getRoles());
        if (accounts.existsByUsername(account.getUsername())) {
            throw new InvalidInputException("用户名已存在：" + account.getUsername(),
                    "Username already taken: " + account.getUsername());
        }
        publish("account.created", accounts.save(account));
        return account.getId();
    }

    private static String name(String username, String displayName) {
        return displayName == null || displayName.isBlank() ? username : displayName.strip();
    }

    @Override
    public boolean anyExists() {
        return accounts.count() > 0;
    }

    @Override
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Override
    public boolean onlyPlatformAdministrators() {
        return accounts.findAll().stream()
                .allMatch(a -> a.getAgencyId() == null && a.getRoles().equals(Set.of(Role.ADMIN)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean belongsTo(String username, long agencyId) {
        return accounts.findByUsername(username).filter(a -> Long.valueOf(agencyId).equals(a.getAgencyId()))
                .isPresent();
    }

    @Transactional
    public void changePassword(String username, String newPassword) {
        validatePassword(username, newPassword);
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new InvalidInputException("用户不存在：" + username, "No such user: " + username));
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new AccountEvent("account.password-changed", username, account.getAgencyId(), Map.of()));
    }

    /** A user changes her own password; the current one must be given. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("当前密码不正确", "The current password is wrong");
        }
        changePassword(username, newPassword);
    }

    @Transactional
    public void update(UserAccount account, String displayName, Set<Role> roles, boolean enabled) {
        validateRoles(account.getAgencyId(), roles);
        String name = displayName == null || displayName.isBlank() ? account.getUsername() : displayName.strip();
        account.update(name, roles, enabled);
        publish("account.updated", account);
    }

    @Transactional
    public void unlock(UserAccount account) {
        throttle.clear(account.getUsername());
        events.publishEvent(new AccountEvent("account.unlocked", account.getUsername(), account.getAgencyId(), Map.of()));
    }

    private void publish(String type, UserAccount account) {
        events.publishEvent(new AccountEvent(type, account.getUsername(), account.getAgencyId(), account.facts()));
    }

    private static void validateRoles(Long agencyId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("至少选择一个角色", "Choose at least one role");
        }
        if (agencyId == null && !roles.equals(Set.of(Role.ADMIN))) {
            throw new InvalidInputException("除平台管理员外，用户必须属于一个执法主体",
                    "Every user except a platform administrator belongs to an agency");
        }
    }

    private static void validateUsername(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new InvalidInputException("用户名须为 3–64 位字母、数字或 . _ -",
                    "Username must be 3-64 letters, digits or . _ -");
        }
    }

    static void validatePassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("密码至少 " + MIN_PASSWORD_LENGTH + " 位",
                    "Password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new InvalidInputException("密码不能与用户名相同", "Password must differ from the username");
        }
    }

    /** A source reached the lock for an existing account: the record says who was targeted, and from where. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sourceLockedOut(String username, String source) {
        accounts.findByUsername(username).ifPresent(a -> events.publishEvent(new AccountEvent("account.locked",
                a.getUsername(), a.getAgencyId(), Map.of("source", source, "lockedUntil",
                        clock.instant().plus(properties.waitAfter(properties.maxFailedLogins())).toString()))));
    }
}
