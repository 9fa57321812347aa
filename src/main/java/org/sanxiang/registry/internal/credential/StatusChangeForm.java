package org.sanxiang.registry.internal.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanxiang.registry.CredentialStatus;

/** A change of a credential's status with its reason, e.g. 暂扣 for misuse. */
public record StatusChangeForm(@NotNull CredentialStatus status, @NotBlank @Size(max = 500) String reason) {
}
