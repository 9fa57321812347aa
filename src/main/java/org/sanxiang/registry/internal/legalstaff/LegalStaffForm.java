package org.sanxiang.registry.internal.legalstaff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A legal reviewer, legal adviser or public lawyer. */
public record LegalStaffForm(
        @NotBlank @Size(max = 50) String name,
        @NotNull LegalStaff.Kind kind,
        Long unitId,
        @NotBlank @Size(max = 200) String qualification,
        @Size(max = 60) String qualificationNo,
        LocalDate qualifiedOn,
        @Size(max = 50) String phone,
        Boolean active,
        Long version) {

    /** In post (在岗) unless said otherwise: someone who left (离岗) no longer counts towards the reviewer ratio. */
    boolean inPost() {
        return active == null || active;
    }
}
