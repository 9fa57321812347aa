package org.sanxiang.registry.internal.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters for an agency (page form and API body alike). */
public record AgencyForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(min = 18, max = 18) String uscc,
        @NotNull Agency.Level level,
        @NotBlank String domain,
        @NotNull Agency.Kind kind,
        Long parentId,
        @Size(max = 100) String region,
        @Size(max = 300) String address,
        @Size(max = 50) String phone,
        @Size(max = 50) String complaintPhone,
        @Size(max = 4000) String legalBasis,
        Long version) {

    public static AgencyForm empty() {
        return new AgencyForm("", "", Agency.Level.CITY, "", Agency.Kind.STATUTORY, null, "", "", "", "", "", null);
    }
}
