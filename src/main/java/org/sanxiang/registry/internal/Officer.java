package org.sanxiang.registry.internal;

import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import org.sanxiang.platform.AuditedEntity;

/** 执法人员. The ID number is kept encrypted; only its mask is shown outside administrators. */
@Entity
class Officer extends AuditedEntity {

    enum Gender { MALE, FEMALE }

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

    Officer(long agencyId, ProtectedIdNumber idNumber) {
        this.agencyId = agencyId;
        this.idNumberCipher = idNumber.cipher();
        this.idNumberDigest = idNumber.digest();
        this.idNumberMasked = idNumber.masked();
    }

    void describe(String name, Gender gender, Long unitId, String position, List<String> domains, String areas) {
        this.name = name.strip();
        this.gender = gender;
        this.unitId = unitId;
        this.position = position;
        this.domains = String.join(",", domains);
        this.areas = areas;
    }

    void setPhoto(String type, byte[] bytes) {
        this.photoType = type;
        this.photo = bytes;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    long getAgencyId() {
        return agencyId;
    }

    Long getUnitId() {
        return unitId;
    }

    String getName() {
        return name;
    }

    Gender getGender() {
        return gender;
    }

    String getIdNumberCipher() {
        return idNumberCipher;
    }

    String getIdNumberMasked() {
        return idNumberMasked;
    }

    String getPosition() {
        return position;
    }

    List<String> getDomains() {
        return Codes.split(domains);
    }

    String getAreas() {
        return areas;
    }

    String getAccountUsername() {
        return accountUsername;
    }

    void linkAccount(String username) {
        this.accountUsername = username;
    }

    boolean isActive() {
        return active;
    }

    boolean hasPhoto() {
        return photoType != null;
    }

    String getPhotoType() {
        return photoType;
    }

    byte[] getPhoto() {
        return photo;
    }
}
