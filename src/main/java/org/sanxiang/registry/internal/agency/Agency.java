package org.sanxiang.registry.internal.agency;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sanxiang.platform.AuditedEntity;
import org.sanxiang.registry.internal.RegistryProperties;

/** 执法主体: an administrative body with enforcement authority, placed in the supervision hierarchy. */
@Entity
public class Agency extends AuditedEntity {

    /** 层级 */
    public enum Level { PROVINCE, CITY, COUNTY, TOWNSHIP }

    /** 主体性质: 法定行政机关 / 法律法规授权组织 / 受委托组织 (行政处罚法 第十七至二十条) */
    public enum Kind { STATUTORY, AUTHORIZED, ENTRUSTED }

    @Column(nullable = false)
    private String name;

    /** 统一社会信用代码 */
    @Column(nullable = false, unique = true)
    private String uscc;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Level level;

    /** 执法领域 code, see {@link RegistryProperties#domains()} */
    @Column(nullable = false)
    private String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** The supervising agency or government; {@code null} at the top. */
    private Long parentId;

    private String region;
    private String address;
    private String phone;
    /** 投诉举报电话 */
    private String complaintPhone;
    /** 执法依据: the laws that give the agency its authority */
    private String legalBasis;

    protected Agency() {
    }

    public Agency(AgencyForm form) {
        apply(form);
    }

    public void apply(AgencyForm form) {
        this.name = form.name().strip();
        this.uscc = form.uscc().strip();
        this.level = form.level();
        this.domain = form.domain();
        this.kind = form.kind();
        this.parentId = form.parentId();
        this.region = form.region();
        this.address = form.address();
        this.phone = form.phone();
        this.complaintPhone = form.complaintPhone();
        this.legalBasis = form.legalBasis();
    }

    public AgencyForm toForm() {
        return new AgencyForm(name, uscc, level, domain, kind, parentId, region, address, phone, complaintPhone,
                legalBasis, getVersion());
    }

    public String getName() {
        return name;
    }

    public String getUscc() {
        return uscc;
    }

    public Level getLevel() {
        return level;
    }

    public String getDomain() {
        return domain;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getComplaintPhone() {
        return complaintPhone;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    /**
     * The facts its ledger entries record and reconciliation compares ({@link RegistryRecords}). Region, address and
     * the phones were added later (older entries lack them); the public portal shows them, so they are on record.
     */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("uscc", uscc);
        facts.put("level", level.name());
        facts.put("domain", domain);
        facts.put("kind", kind.name());
        facts.put("parentId", parentId);
        facts.put("legalBasis", legalBasis);
        facts.put("region", region);
        facts.put("address", address);
        facts.put("phone", phone);
        facts.put("complaintPhone", complaintPhone);
        return facts;
    }
}
