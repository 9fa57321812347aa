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
import org.sanxiang.registry.CredentialStatus;
import org.sanxiang.registry.internal.Codes;
import org.sanxiang.registry.internal.rules.ActingOfficer;
import org.sanxiang.registry.internal.rules.StatusChangeRequest;

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
     * The credential as it stood on {@code date}, for the rules of "may this officer act" (行政处罚法 第四十二条);
     * {@code null} before its issue date.
     *
     * @param history this credential's status changes, newest first
     */
    public ActingOfficer.Held heldOn(LocalDate date, List<CredentialStatusChange> history) {
        return date.isBefore(issuedOn) ? null
                : new ActingOfficer.Held(number, issuedOn, validUntil, statusInForce(date, history), getDomains(),
                        Codes.split(areas));
    }

    /**
     * The stored status in force on {@code date}, from the history (newest first). A change takes effect on the
     * Beijing day it was recorded, as the registry knows no other effective date; before a change, its from-status
     * held (the issue line has none: VALID held from the issue date, even if the credential was entered later).
     */
    private CredentialStatus statusInForce(LocalDate date, List<CredentialStatusChange> history) {
        CredentialStatus inForce = status; // no history at all: only the stored status is known
        for (CredentialStatusChange change : history) {
            if (!change.recordedOn().isAfter(date)) {
                return change.getToStatus();
            }
            inForce = change.getFromStatus() != null ? change.getFromStatus() : change.getToStatus();
        }
        return inForce;
    }

    private CredentialStatus expiredBy(LocalDate date, CredentialStatus status) {
        return status == CredentialStatus.VALID && date.isAfter(validUntil) ? CredentialStatus.EXPIRED : status;
    }

    /**
     * Changes the stored status, once the rules of {@link StatusChangeRequest#COMMAND} allow it (暂扣 may be lifted;
     * 吊销 and 注销 are final).
     */
    public CredentialStatus changeStatus(CredentialStatus to) {
        if (to == status) {
            throw new InvalidInputException("执法证已是该状态", "The credential already has this status");
        }
        CredentialStatus from = status;
        status = to;
        return from;
    }

    /** The stored status: never EXPIRED, which follows from the date. */
    public CredentialStatus getStatus() {
        return status;
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
