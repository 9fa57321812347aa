package org.sanxiang.registry.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanxiang.registry.CredentialStatus;

/** An internal unit to add to an agency. */
record UnitForm(@NotBlank @Size(max = 200) String name, @NotNull AgencyUnit.Kind kind, Long version) {
}

/** An officer as entered by hand or read from an import row. The gender follows from the ID number. */
record OfficerForm(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(min = 18, max = 18) String idNumber,
        Long unitId,
        @Size(max = 100) String position,
        @NotEmpty List<String> domains,
        @Size(max = 500) String areas) {
}

/** What may change of an officer after registration (the ID number may not). */
record OfficerUpdate(
        @NotBlank @Size(max = 50) String name,
        Long unitId,
        @Size(max = 100) String position,
        @NotEmpty List<String> domains,
        @Size(max = 500) String areas,
        boolean active,
        Long version) {
}

/** A credential to issue to an officer. */
record CredentialForm(
        @NotBlank @Size(max = 40) String number,
        @NotBlank @Size(max = 200) String issuer,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate validUntil,
        @NotEmpty List<String> domains,
        @Size(max = 500) String areas) {
}

/** A change of a credential's status with its reason, e.g. 暂扣 for misuse. */
record StatusChangeForm(@NotNull CredentialStatus status, @NotBlank @Size(max = 500) String reason) {
}

/** A legal reviewer, legal adviser or public lawyer. */
record LegalStaffForm(
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
