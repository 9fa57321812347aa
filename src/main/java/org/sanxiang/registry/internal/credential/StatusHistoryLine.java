package org.sanxiang.registry.internal.credential;

import org.sanxiang.registry.CredentialStatus;

/** A line of a credential's status history. */
public record StatusHistoryLine(CredentialStatus from, CredentialStatus to, String reason, java.time.Instant at,
        String by) {
}
