package org.sanxiang.registry.internal.credential;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.registry.CredentialStatus;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** One line of a credential's status history (append-only). */
@Entity
@Table(name = "credential_status_change")
@EntityListeners(AuditingEntityListener.class)
public class CredentialStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long credentialId;

    @Enumerated(EnumType.STRING)
    private CredentialStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CredentialStatus toStatus;

    @Column(nullable = false)
    private String reason;

    @CreatedDate
    private Instant createdAt;

    @CreatedBy
    private String createdBy;

    protected CredentialStatusChange() {
    }

    public CredentialStatusChange(long credentialId, CredentialStatus from, CredentialStatus to, String reason) {
        this.credentialId = credentialId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
    }

    /** A change recorded at a given instant: for tests of the history. */
    public CredentialStatusChange(long credentialId, CredentialStatus from, CredentialStatus to, String reason,
            Instant recordedAt) {
        this(credentialId, from, to, reason);
        this.createdAt = recordedAt;
    }

    /** The Beijing day the change was recorded, and so took effect. */
    LocalDate recordedOn() {
        return LocalDate.ofInstant(createdAt, ChinaTime.ZONE);
    }

    public CredentialStatus getFromStatus() {
        return fromStatus;
    }

    public CredentialStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
