package org.sanxiang.registry.internal.credential;

import java.time.LocalDate;

/** A valid credential about to expire, for the workbench's attention. */
public record ExpiringCredential(long officerId, String officerName, long agencyId, String number, LocalDate validUntil) {
}
