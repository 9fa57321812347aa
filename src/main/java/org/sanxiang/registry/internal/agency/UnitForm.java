package org.sanxiang.registry.internal.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An internal unit to add to an agency. */
public record UnitForm(@NotBlank @Size(max = 200) String name, @NotNull AgencyUnit.Kind kind, Long version) {
}
