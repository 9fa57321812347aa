package org.sanxiang.registry.internal;

import java.time.LocalDate;

/** A valid credential about to expire, for the workbench's attention. */
record ExpiringCredential(long officerId, String officerName, long agencyId, String number, LocalDate validUntil) {
}
