package org.sanxiang.registry.internal.agency;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sanxiang.platform.AuditedEntity;

/**
 * 内设机构: an enforcement unit, the legal-review unit, or another unit of an agency.
 * Getters the workbench templates read are public: SpEL calls only public methods.
 */
@Entity
@Table(name = "agency_unit")
public class AgencyUnit extends AuditedEntity {

    public enum Kind { ENFORCEMENT, LEGAL_REVIEW, OTHER }

    @Column(nullable = false)
    private long agencyId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected AgencyUnit() {
    }

    public AgencyUnit(long agencyId, UnitForm form) {
        this.agencyId = agencyId;
        update(form);
    }

    /** A unit renamed or given another task, e.g. in an institutional reform (机构改革). */
    public void update(UnitForm form) {
        this.name = form.name().strip();
        this.kind = form.kind();
    }

    public UnitForm toForm() {
        return new UnitForm(name, kind, getVersion());
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    /** The facts its ledger entries record and reconciliation compares; agencyId was added later. */
    public Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitId", getId());
        facts.put("agencyId", agencyId);
        facts.put("name", name);
        facts.put("kind", kind.name());
        return facts;
    }
}
