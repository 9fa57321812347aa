package org.sanxiang.casework.internal;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** case_officer as the list queries read it (written by {@code CaseOfficers}). */
@Entity
@Immutable
@Table(name = "case_officer")
@IdClass(CaseOfficerRow.Key.class)
class CaseOfficerRow {

    @Id
    private long caseId;

    @Id
    private long officerId;

    private String name;
    private String username;

    static class Key implements Serializable {
        private long caseId;
        private long officerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.caseId == caseId && k.officerId == officerId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(caseId) * 31 + Long.hashCode(officerId);
        }
    }
}
