package org.sanxiang.platform.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.Role;

@Entity
@Table(name = "user_account")
class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String displayName;

    private Long agencyId;

    private boolean enabled = true;

    /** Signs in with its API tokens only (another system calling the API), never with a password. */
    private boolean systemAccount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Long agencyId, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = EnumSet.copyOf(roles);
    }

    /** A system account: its password hash is a marker no password matches, and password sign-in refuses it. */
    static UserAccount system(String username, String displayName, Long agencyId, Set<Role> roles) {
        UserAccount account = new UserAccount(username, NO_PASSWORD, displayName, agencyId, roles);
        account.systemAccount = true;
        return account;
    }

    static final String NO_PASSWORD = "{none}";

    CurrentUser toCurrentUser() {
        return new CurrentUser(getId(), username, displayName, agencyId, Set.copyOf(roles));
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void update(String displayName, Set<Role> roles, boolean enabled) {
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = enabled;
    }

    /**
     * The facts of {@code account.created} and {@code account.updated}, which the ledger also reconciles the row
     * with. Never the password or its hash; not the login counters and lock, which change without an entry of
     * this kind.
     */
    Map<String, Object> facts() {
        return Map.of("displayName", displayName, "agencyId", agencyId == null ? "" : agencyId.toString(),
                "roles", roles.stream().map(Role::name).sorted().toList(), "enabled", enabled,
                "systemAccount", systemAccount);
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    Long getAgencyId() {
        return agencyId;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }

    boolean isSystemAccount() {
        return systemAccount;
    }
}
