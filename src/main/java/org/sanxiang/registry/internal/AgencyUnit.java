package org.sanxiang.registry.internal;

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
class AgencyUnit extends AuditedEntity {

    enum Kind { ENFORCEMENT, LEGAL_REVIEW, OTHER }

    @Column(nullable = false)
    private long agencyId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected AgencyUnit() {
    }

    AgencyUnit(long agencyId, String name, Kind kind) {
        this.agencyId = agencyId;
        this.name = name.strip();
        this.kind = kind;
    }

    long getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }
}
