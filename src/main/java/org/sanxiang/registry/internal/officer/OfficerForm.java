package org.sanxiang.registry.internal.officer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** An officer as entered by hand or read from an import row. The gender follows from the ID number. */
public record OfficerForm(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(min = 18, max = 18) String idNumber,
        Long unitId,
        @Size(max = 100) String position,
        @NotEmpty List<String> domains,
        @Size(max = 500) String areas) {
}
