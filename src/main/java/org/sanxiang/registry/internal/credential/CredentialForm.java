package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A credential to issue to an officer. */
public record CredentialForm(
        @NotBlank @Size(max = 40) String number,
        @NotBlank @Size(max = 200) String issuer,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate validUntil,
        @NotEmpty List<String> domains,
        @Size(max = 500) String areas) {
}
