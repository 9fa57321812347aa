package org.sanxiang.registry.internal.legalstaff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.registry.internal.RegistryService;

/**
 * 法制审核人员、法律顾问、公职律师. First-time legal reviewers need the 法律职业资格 (行政处罚法 第五十八条第二款);
 * the qualification is recorded with its certificate number.
 * Getters the workbench templates read are public: SpEL calls only public methods.
 */
@Entity
@Table(name = "legal_staff")
public class LegalStaff extends AuditedEntity {

    public enum Kind { LEGAL_REVIEWER, LEGAL_ADVISER, PUBLIC_LAWYER }

    @Column(nullable = false)
    private long agencyId;

    private Long unitId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** e.g. 法律职业资格证书, 公职律师证, 律师执业证 */
    @Column(nullable = false)
    private String qualification;

    private String qualificationNo;
    private LocalDate qualifiedOn;
    private String phone;
    private boolean active = true;

    protected LegalStaff() {
    }

    public LegalStaff(long agencyId, LegalStaffForm form) {
        this.agencyId = agencyId;
        this.active = form.inPost();
        update(form);
    }

    public void update(LegalStaffForm form) {
        this.unitId = form.unitId();
        this.name = form.name().strip();
        this.kind = form.kind();
        this.qualification = form.qualification().strip();
        this.qualificationNo = RegistryService.blankToNull(form.qualificationNo());
        this.qualifiedOn = form.qualifiedOn();
        this.phone = RegistryService.blankToNull(form.phone());
        if (form.active() != null) { // a correction that does not mention the status leaves it as it is
            this.active = form.active();
        }
    }

    public LegalStaffForm toForm() {
        return new LegalStaffForm(name, kind, unitId, qualification, qualificationNo, qualifiedOn, phone, active,
                getVersion());
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

    public Kind getKind() {
        return kind;
    }

    public String getQualification() {
        return qualification;
    }

    public String getQualificationNo() {
        return qualificationNo;
    }

    public LocalDate getQualifiedOn() {
        return qualifiedOn;
    }

    String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * What the record says, so that the ledger shows what a correction changed and reconciliation what SQL changed.
     * The phone number is left out (personal data the ledger would keep forever); unitId, qualificationNo and
     * qualifiedOn were added in November 2026, agencyId later still (older entries lack them).
     */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("legalStaffId", getId());
        facts.put("agencyId", agencyId);
        facts.put("name", name);
        facts.put("kind", kind.name());
        facts.put("unitId", unitId);
        facts.put("qualification", qualification);
        facts.put("qualificationNo", qualificationNo);
        facts.put("qualifiedOn", qualifiedOn == null ? null : qualifiedOn.toString());
        facts.put("active", active);
        return facts;
    }
}
