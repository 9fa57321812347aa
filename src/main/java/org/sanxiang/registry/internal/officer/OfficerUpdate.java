package org.sanxiang.registry.internal.officer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What may change of an officer after registration (the ID number may not). */
public record OfficerUpdate(
        @NotBlank @Size(max = 50) String name,
        Long unitId,
        @Size(max = 100) String position,
        @NotEmpty List<String> domains,
        @Size(max = 500) String areas,
        boolean active,
        Long version) {
}
