package org.sanxiang.registry.internal.legalstaff;

import java.time.LocalDate;

/** A legal reviewer, legal adviser or public lawyer of an agency: the fields of its form, and its id. */
public record LegalStaffView(long id, String name, LegalStaff.Kind kind, Long unitId, String qualification,
        String qualificationNo, LocalDate qualifiedOn, String phone, boolean active, long version) {

    public static LegalStaffView of(LegalStaff s) {
        return new LegalStaffView(s.getId(), s.getName(), s.getKind(), s.getUnitId(), s.getQualification(),
                s.getQualificationNo(), s.getQualifiedOn(), s.getPhone(), s.isActive(), s.getVersion());
    }
}
