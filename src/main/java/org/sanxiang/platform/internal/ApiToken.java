package org.sanxiang.platform.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.platform.Role;

/**
 * A named API token of a user account: the SHA-256 of its secret (never the secret), the roles it is narrowed to
 * (none: all the account's roles), when it expires and when it was revoked. Kept after revocation as a record.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends AuditedEntity {

    enum Status { ACTIVE, EXPIRED, REVOKED }

    @Column(nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    @Column(updatable = false)
    private String roles;

    @Column(updatable = false)
    private Instant expiresAt;

    /** Written by {@link ApiTokens#touch} alone, at most once a minute, never by this entity. */
    @Column(insertable = false, updatable = false)
    private Instant lastUsedAt;

    private Instant revokedAt;

    private String revokedBy;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, String tokenHash, Set<Role> roles, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.roles = roles.isEmpty() ? null
                : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.expiresAt = expiresAt;
    }

    Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
    }

    void revoke(String by, Instant now) {
        revokedAt = now;
        revokedBy = by;
    }

    /** The roles it is narrowed to; empty: it acts with all of its account's roles. */
    Set<Role> narrowedTo() {
        return roles == null ? Set.of()
                : Arrays.stream(roles.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
