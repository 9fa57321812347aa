package org.sanxiang.registry.internal.officer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.registry.ProtectedIdNumber;
import org.sanxiang.registry.internal.Codes;

/** 执法人员. The ID number is kept encrypted; only its mask is shown outside administrators. */
@Entity
public class Officer extends AuditedEntity {

    public enum Gender { MALE, FEMALE }

    @Column(nullable = false)
    private long agencyId;

    private Long unitId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @Column(nullable = false)
    private String idNumberCipher;

    @Column(nullable = false, unique = true)
    private String idNumberDigest;

    @Column(nullable = false)
    private String idNumberMasked;

    private String position;

    /** 执法领域 codes, comma-separated */
    @Column(nullable = false)
    private String domains;

    /** 执法区域 */
    private String areas;

    private boolean active = true;

    private String photoType;

    @Basic(fetch = FetchType.LAZY)
    private byte[] photo;

    /** The workbench account (username) the officer signs in with, if an administrator linked one. */
    private String accountUsername;

    protected Officer() {
    }

    public Officer(long agencyId, ProtectedIdNumber idNumber) {
        this.agencyId = agencyId;
        this.idNumberCipher = idNumber.cipher();
        this.idNumberDigest = idNumber.digest();
        this.idNumberMasked = idNumber.masked();
    }

    public void describe(String name, Gender gender, Long unitId, String position, List<String> domains, String areas) {
        this.name = name.strip();
        this.gender = gender;
        this.unitId = unitId;
        this.position = position;
        this.domains = String.join(",", domains);
        this.areas = areas;
    }

    public void setPhoto(String type, byte[] bytes) {
        this.photoType = type;
        this.photo = bytes;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public String getPosition() {
        return position;
    }

    public List<String> getDomains() {
        return Codes.split(domains);
    }

    public String getAreas() {
        return areas;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public void linkAccount(String username) {
        this.accountUsername = username;
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasPhoto() {
        return photoType != null;
    }

    public String getPhotoType() {
        return photoType;
    }

    public byte[] getPhoto() {
        return photo;
    }

    /**
     * The facts its ledger entries record and reconciliation compares. The ledger keeps the masked ID number only
     * (it is kept forever, personal data should not be): the cipher and digest are not compared, the mask is; the
     * gender follows from the ID number. The photo is a record of its own ({@link #photoFacts()}).
     */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("agencyId", agencyId);
        facts.put("unitId", unitId);
        facts.put("name", name);
        facts.put("idNumberMasked", idNumberMasked);
        facts.put("position", position);
        facts.put("domains", getDomains());
        facts.put("areas", areas);
        facts.put("active", active);
        return facts;
    }

    /** The facts of {@code officer.photo-set}: the photo is reconciled by its hash. */
    public Map<String, Object> photoFacts() {
        return Map.of("contentType", photoType, "sha256", PhotoFormat.sha256(photo));
    }
}
