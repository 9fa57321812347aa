package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.RuleViolationException;
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.internal.Codes;

/** 行政执法证: what entitles an officer to enforce, in which domains and areas, until when. */
@Entity
public class Credential extends AuditedEntity {

    @Column(nullable = false)
    private long officerId;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false)
    private LocalDate validUntil;

    /** The stored status never is EXPIRED: see {@link #statusOn(LocalDate)}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CredentialStatus status = CredentialStatus.VALID;

    @Column(nullable = false)
    private String domains;

    private String areas;

    protected Credential() {
    }

    public Credential(long officerId, String number, String issuer, LocalDate issuedOn, LocalDate validUntil,
            List<String> domains, String areas) {
        this.officerId = officerId;
        this.number = number.strip();
        this.issuer = issuer.strip();
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.domains = String.join(",", domains);
        this.areas = areas;
    }

    /** Today's status as stored, with expiry: what the public lookup shows. */
    public CredentialStatus statusOn(LocalDate date) {
        return expiredBy(date, status);
    }

    /**
     * Whether the credential entitled its holder to enforce on {@code date} (行政处罚法 第四十二条): issued by then,
     * within its validity, and VALID by the status in force that day, not today's — an act is judged by the
     * credential as it stood when the act was done.
     *
     * @param history this credential's status changes, newest first
     */
    public boolean permitsEnforcementOn(LocalDate date, List<CredentialStatusChange> history) {
        return !date.isBefore(issuedOn) && statusOn(date, history).permitsEnforcement();
    }

    /**
     * The status in force on {@code date}, from the history (newest first). A change takes effect on the Beijing
     * day it was recorded, as the registry knows no other effective date; before a change, its from-status held
     * (the issue line has none: VALID held from the issue date, even if the credential was entered later).
     */
    public CredentialStatus statusOn(LocalDate date, List<CredentialStatusChange> history) {
        CredentialStatus inForce = status; // no history at all: only the stored status is known
        for (CredentialStatusChange change : history) {
            if (!change.recordedOn().isAfter(date)) {
                inForce = change.getToStatus();
                break;
            }
            inForce = change.getFromStatus() != null ? change.getFromStatus() : change.getToStatus();
        }
        return expiredBy(date, inForce);
    }

    private CredentialStatus expiredBy(LocalDate date, CredentialStatus status) {
        return status == CredentialStatus.VALID && date.isAfter(validUntil) ? CredentialStatus.EXPIRED : status;
    }

    public boolean covers(String domain) {
        return getDomains().contains(domain);
    }

    /**
     * Changes the status: 暂扣 (SUSPENDED) may be lifted back to VALID; 吊销 (REVOKED) and 注销 (CANCELLED)
     * are final — a new credential is issued instead.
     */
    public CredentialStatus changeStatus(CredentialStatus to) {
        if (to == CredentialStatus.EXPIRED) {
            throw new RuleViolationException("credential-expiry-is-by-date",
                    "司法部办公厅《关于做好全国统一行政执法证件标准样式实施工作的通知》（司办通〔2020〕78号）：证件载明有效期", 422,
                    "“过期”由有效期自动确定，不能手动设置", "Expiry follows from the validity date and cannot be set");
        }
        if (status == CredentialStatus.REVOKED || status == CredentialStatus.CANCELLED) {
            // 吊销 bars re-application for two years in e.g. 《吉林省行政执法证件管理办法》; in every province a revoked
            // or cancelled card is replaced, never restored
            throw new RuleViolationException("credential-final-status",
                    "各省行政执法证件管理办法（如《吉林省行政执法证件管理办法》：吊销的证件不予恢复，须重新申领）", 409,
                    "已吊销或注销的执法证不能再变更状态，请换发新证",
                    "A revoked or cancelled credential cannot change status; issue a new one");
        }
        if (to == status) {
            throw new InvalidInputException("执法证已是该状态", "The credential already has this status");
        }
        CredentialStatus from = status;
        status = to;
        return from;
    }

    public long getOfficerId() {
        return officerId;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public List<String> getDomains() {
        return Codes.split(domains);
    }

    public String getAreas() {
        return areas;
    }

    /** The facts its ledger entries record and reconciliation compares (the stored status); areas was added later. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("credentialId", getId());
        facts.put("officerId", officerId);
        facts.put("number", number);
        facts.put("issuer", issuer);
        facts.put("issuedOn", issuedOn.toString());
        facts.put("validUntil", validUntil.toString());
        facts.put("domains", getDomains());
        facts.put("areas", areas);
        facts.put("status", status.name());
        return facts;
    }
}
