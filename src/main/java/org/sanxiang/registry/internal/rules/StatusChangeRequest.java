package org.sanxiang.registry.internal.rules;

import org.sanxiang.registry.CredentialStatus;

/**
 * A credential's status is to change from its stored status (never EXPIRED) to another.
 */
public record StatusChangeRequest(CredentialStatus from, CredentialStatus to) {

    public static final String COMMAND = "registry.credential.change-status";
}
