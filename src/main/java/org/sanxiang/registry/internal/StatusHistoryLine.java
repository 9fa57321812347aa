package org.sanxiang.registry.internal;

import org.sanxiang.registry.CredentialStatus;

/** A line of a credential's status history. */
record StatusHistoryLine(CredentialStatus from, CredentialStatus to, String reason, java.time.Instant at,
        String by) {
}
